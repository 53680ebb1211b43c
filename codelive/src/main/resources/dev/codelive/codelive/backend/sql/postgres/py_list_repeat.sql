-- xs * n of a list: n copies one after the other (none when n <= 0).
CREATE FUNCTION pg_temp.py_list_repeat(xs anyarray, n bigint) RETURNS anyarray
LANGUAGE sql IMMUTABLE STRICT AS $fn$
    SELECT coalesce(array_agg(x ORDER BY copy, position), xs[0:-1])
    FROM generate_series(1, n) AS copy, unnest(xs) WITH ORDINALITY AS u(x, position)
$fn$;
