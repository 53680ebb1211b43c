-- round(x, places) of a float: the exact value rounded half to even, read back as the nearest float; the sign of
-- a zero result is kept, as CPython keeps it.
CREATE FUNCTION pg_temp.py_round_float(x double precision, places bigint) RETURNS double precision
LANGUAGE plpgsql IMMUTABLE STRICT AS $fn$
DECLARE
    rounded record;
    magnitude double precision;
BEGIN
    IF x = 'NaN' OR x = 'Infinity' OR x = '-Infinity' OR places > 400 THEN
        RETURN x;
    END IF;
    rounded := pg_temp.py_round_digits(x, greatest(places, -400)::int);
    magnitude := (rounded.digits || 'e' || (rounded.exponent - length(rounded.digits) + 1))::double precision;
    RETURN CASE WHEN get_byte(float8send(x), 0) >= 128 THEN -magnitude ELSE magnitude END;
END
$fn$;
