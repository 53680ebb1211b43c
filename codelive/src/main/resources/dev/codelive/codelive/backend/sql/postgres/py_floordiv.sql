-- a // b of ints: Python floors the quotient towards negative infinity where SQL truncates it towards zero.
CREATE FUNCTION pg_temp.py_floordiv(a {int}, b {int}) RETURNS {int}
LANGUAGE sql IMMUTABLE STRICT AS $fn$
    SELECT CASE WHEN a % b <> 0 AND (a < 0) <> (b < 0) THEN {quotient} - 1 ELSE {quotient} END
$fn$;
