-- xs[lower:upper:step] of a list.
CREATE FUNCTION pg_temp.py_slice(xs anyarray, lower bigint, upper bigint, step bigint) RETURNS anyarray
LANGUAGE sql IMMUTABLE AS $fn$
    SELECT coalesce(array_agg(xs[p] ORDER BY n), xs[0:-1])
    FROM pg_temp.py_slice_positions(coalesce(cardinality(xs), 0), lower, upper, step) WITH ORDINALITY AS s(p, n)
$fn$;
