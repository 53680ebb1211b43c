-- The digits of |x| under a float presentation type of format(): 'f' fixed, 'e' exponent, '%' percent, each with
-- its precision, correctly rounded (half to even on the exact value) as CPython does.
CREATE FUNCTION pg_temp.py_float_digits(x double precision, kind text, places int) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT AS $fn$
DECLARE
    rounded record;
    whole text;
    fraction text;
BEGIN
    IF kind = '%' THEN
        -- CPython multiplies by 100 in floating point (overflowing to inf), then formats as 'f'
        BEGIN
            RETURN pg_temp.py_float_digits(x * 100, 'f', places) || '%';
        EXCEPTION WHEN numeric_value_out_of_range THEN
            RETURN 'inf%';
        END;
    ELSIF x = 'NaN' THEN
        RETURN 'nan';
    ELSIF x = 'Infinity' OR x = '-Infinity' THEN
        RETURN 'inf';
    ELSIF kind = 'f' THEN
        rounded := pg_temp.py_round_digits(x, places);
        IF rounded.digits = '0' THEN
            whole := '0';
            fraction := '';
        ELSIF rounded.exponent >= 0 THEN
            whole := rpad(left(rounded.digits, rounded.exponent + 1), rounded.exponent + 1, '0');
            fraction := substr(rounded.digits, rounded.exponent + 2);
        ELSE
            whole := '0';
            fraction := repeat('0', -rounded.exponent - 1) || rounded.digits;
        END IF;
        RETURN whole || CASE WHEN places > 0 THEN '.' || rpad(fraction, places, '0') ELSE '' END;
    ELSE
        -- 'e': first the exponent of the exact value, then rounding to places digits after the first
        rounded := pg_temp.py_round_digits(x, 1100);
        rounded := pg_temp.py_round_digits(x, places - rounded.exponent);
        RETURN left(rounded.digits, 1) || CASE WHEN places > 0 THEN '.' || rpad(substr(rounded.digits, 2), places, '0') ELSE '' END
            || 'e' || CASE WHEN rounded.exponent < 0 THEN '-' ELSE '+' END || CASE WHEN abs(rounded.exponent) < 10 THEN '0' ELSE '' END || abs(rounded.exponent);
    END IF;
END
$fn$;
