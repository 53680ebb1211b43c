-- The exact decimal value of a finite float (every double is a finite binary fraction), for correctly rounded
-- formatting and rounding.
CREATE FUNCTION pg_temp.py_exact(x double precision) RETURNS numeric
LANGUAGE plpgsql IMMUTABLE STRICT AS $fn$
DECLARE
    bits bigint := ('x' || encode(float8send(x), 'hex'))::bit(64)::bigint;
    biased int := ((bits >> 52) & 2047)::int;
    mantissa numeric := bits & 4503599627370495;
    shift int;
    power numeric := 1;
    base numeric;
    digits text;
BEGIN
    IF biased = 2047 THEN
        RAISE EXCEPTION 'py_exact: % is not finite', x;
    END IF;
    IF biased = 0 THEN
        shift := -1074;
    ELSE
        mantissa := mantissa + 4503599627370496;
        shift := biased - 1075;
    END IF;
    -- power := 2^shift (shift >= 0) or 5^-shift (shift < 0), by repeated squaring: numeric products are exact
    base := CASE WHEN shift >= 0 THEN 2 ELSE 5 END;
    FOR bit IN 0 .. 11 LOOP
        IF (abs(shift) >> bit) & 1 = 1 THEN
            power := power * base;
        END IF;
        base := base * base;
    END LOOP;
    IF shift >= 0 THEN
        mantissa := mantissa * power;
    ELSE
        -- m * 2^-k = m * 5^k / 10^k: write the digits of m * 5^k and put the point k places from the right
        digits := (mantissa * power)::text;
        digits := repeat('0', greatest(0, -shift + 1 - length(digits))) || digits;
        mantissa := (left(digits, length(digits) + shift) || '.' || right(digits, -shift))::numeric;
    END IF;
    RETURN CASE WHEN bits < 0 THEN -mantissa ELSE mantissa END;
END
$fn$;
