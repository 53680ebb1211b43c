-- xs.insert(i, x): before position i, clamped to the list as Python clamps it (negative i counts from the end).
CREATE FUNCTION pg_temp.py_insert(xs anyarray, i bigint, x anyelement) RETURNS anyarray
LANGUAGE sql IMMUTABLE STRICT AS $fn$
    SELECT xs[1:p] || x || xs[p + 1:]
    FROM (SELECT CASE WHEN i < 0 THEN greatest(i + cardinality(xs), 0) ELSE least(i, cardinality(xs)) END::int AS p) AS clamped
$fn$;
