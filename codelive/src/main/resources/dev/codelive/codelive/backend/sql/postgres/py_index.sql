-- The 1-based SQL position of Python index i of a sequence of the given length: negative indexes count from the end.
CREATE FUNCTION pg_temp.py_index(i {int}, length int) RETURNS int
LANGUAGE sql IMMUTABLE STRICT AS $fn$
    SELECT (CASE WHEN i < 0 THEN i + length + 1 ELSE i + 1 END)::int
$fn$;
