-- format(x, spec) of a float before padding: the sign ('-' for a negative sign bit, else plus: '', '+' or ' '),
-- then the digits of |x| for the presentation type ('r' is repr's shortest digits), thousands grouped on request.
CREATE FUNCTION pg_temp.py_float_format(x double precision, kind text, places int, plus text, grouped boolean) RETURNS text
LANGUAGE sql IMMUTABLE STRICT AS $fn$
    SELECT CASE WHEN x < 0 OR (x = 0 AND get_byte(float8send(x), 0) >= 128) THEN '-' ELSE plus END
        || CASE WHEN grouped THEN pg_temp.py_group(digits) ELSE digits END
    FROM (SELECT CASE WHEN kind = 'r' THEN pg_temp.py_float_repr(abs(x)) ELSE pg_temp.py_float_digits(x, kind, places) END AS digits) AS body
$fn$;
