-- a % b of ints: Python's remainder takes the sign of the divisor where SQL's takes the sign of the dividend.
CREATE FUNCTION pg_temp.py_mod(a {int}, b {int}) RETURNS {int}
LANGUAGE sql IMMUTABLE STRICT AS $fn$
    SELECT CASE WHEN a % b <> 0 AND (a % b < 0) <> (b < 0) THEN a % b + b ELSE a % b END
$fn$;
