-- The list without its element at 1-based position p (list.pop(i), list.remove(x)).
CREATE FUNCTION pg_temp.py_without(xs anyarray, p int) RETURNS anyarray
LANGUAGE sql IMMUTABLE STRICT AS $fn$
    SELECT xs[1:p - 1] || xs[p + 1:]
$fn$;
