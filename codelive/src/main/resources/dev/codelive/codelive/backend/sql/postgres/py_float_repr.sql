-- str(x) / repr(x) of a float as CPython writes it: PostgreSQL 12+ prints the shortest digits that round-trip
-- (extra_float_digits = 1), except that it never picks a shorter decimal lying exactly halfway to a neighbour,
-- which CPython does when ties round to this float; the layout differs too (CPython: exponent form below 1e-4 and
-- from 1e16 on).
CREATE FUNCTION pg_temp.py_float_repr(x double precision) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT AS $fn$
DECLARE
    s text := abs(x)::text;
    mantissa text := split_part(s, 'e', 1);
    exponent int := coalesce(nullif(split_part(s, 'e', 2), '')::int, 0);
    whole text := split_part(mantissa, '.', 1);
    digits text := whole || split_part(mantissa, '.', 2);
    sign text := CASE WHEN x < 0 OR (x = 0 AND get_byte(float8send(x), 0) >= 128) THEN '-' ELSE '' END;
    body text;
    unit numeric;
    candidate numeric;
BEGIN
    IF x = 'NaN' THEN
        RETURN 'nan';
    ELSIF x = 'Infinity' OR x = '-Infinity' THEN
        RETURN sign || 'inf';
    END IF;
    -- the decimal exponent of the first significant digit
    exponent := exponent + length(whole) - 1 - (length(digits) - length(ltrim(digits, '0')));
    digits := rtrim(ltrim(digits, '0'), '0');
    IF digits = '' THEN
        RETURN sign || '0.0';
    END IF;
    -- a shorter decimal can only lie on a boundary of the rounding interval: right below or above these digits
    FOR kept IN 1 .. length(digits) - 1 LOOP
        unit := trunc(10::numeric ^ (length(digits) - kept));
        FOREACH candidate IN ARRAY ARRAY[div(digits::numeric, unit) * unit, (div(digits::numeric, unit) + 1) * unit] LOOP
            BEGIN
                IF (candidate::text || 'e' || (exponent - length(digits) + 1))::double precision = abs(x) THEN
                    exponent := exponent + length(candidate::text) - length(digits);
                    digits := rtrim(candidate::text, '0');
                    EXIT;
                END IF;
            EXCEPTION WHEN numeric_value_out_of_range THEN
                -- beyond the largest or below the smallest float: not this one
            END;
        END LOOP;
        EXIT WHEN length(digits) <= kept;
    END LOOP;
    IF exponent < -4 OR exponent >= 16 THEN
        body := left(digits, 1) || CASE WHEN length(digits) > 1 THEN '.' || substr(digits, 2) ELSE '' END
            || 'e' || CASE WHEN exponent < 0 THEN '-' ELSE '+' END || CASE WHEN abs(exponent) < 10 THEN '0' ELSE '' END || abs(exponent);
    ELSIF exponent < 0 THEN
        body := '0.' || repeat('0', -exponent - 1) || digits;
    ELSIF length(digits) <= exponent + 1 THEN
        body := rpad(digits, exponent + 1, '0') || '.0';
    ELSE
        body := left(digits, exponent + 1) || '.' || substr(digits, exponent + 2);
    END IF;
    RETURN sign || body;
END
$fn$;
