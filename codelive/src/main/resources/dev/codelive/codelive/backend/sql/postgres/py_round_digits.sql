-- Rounds the exact value of |x| half to even, keeping the digits down to 10^-places (places may be negative):
-- the result is the digit string and the decimal exponent of its first digit, like CPython's dtoa rounding.
-- A zero result is ('0', 0).
CREATE FUNCTION pg_temp.py_round_digits(x double precision, places int, OUT digits text, OUT exponent int)
LANGUAGE plpgsql IMMUTABLE STRICT AS $fn$
DECLARE
    exact text := abs(pg_temp.py_exact(x))::text;
    whole text := split_part(exact, '.', 1);
    fraction text := split_part(exact, '.', 2);
    all_digits text := ltrim(whole || fraction, '0');
    kept int;
    rest text;
BEGIN
    IF all_digits = '' THEN
        digits := '0';
        exponent := 0;
        RETURN;
    END IF;
    -- exponent of the first significant digit
    exponent := length(ltrim(whole, '0')) - 1;
    IF ltrim(whole, '0') = '' THEN
        exponent := -(length(fraction) - length(ltrim(fraction, '0'))) - 1;
    END IF;
    all_digits := rtrim(all_digits, '0');
    kept := exponent + places + 1;
    IF kept < 0 THEN
        digits := '0';
        exponent := 0;
        RETURN;
    END IF;
    digits := left(all_digits, kept);
    rest := substr(all_digits, kept + 1);
    IF rest > '5' COLLATE "C" OR (rest = '5' AND right(coalesce(nullif(digits, ''), '0'), 1) IN ('1', '3', '5', '7', '9')) THEN
        -- round up; a carry out of the first digit moves the exponent
        digits := (coalesce(nullif(digits, ''), '0')::numeric + 1)::text;
        IF length(digits) > kept THEN
            exponent := exponent + 1;
        END IF;
    ELSIF digits = '' THEN
        digits := '0';
        exponent := 0;
        RETURN;
    END IF;
    digits := rtrim(digits, '0');
    IF digits = '' THEN
        digits := '0';
        exponent := 0;
    END IF;
END
$fn$;
