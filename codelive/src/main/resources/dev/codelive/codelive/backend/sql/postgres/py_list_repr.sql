-- str() of a list of {python}: its elements' repr() between brackets.
CREATE FUNCTION pg_temp.py_list_repr(xs {element}[]) RETURNS text
LANGUAGE sql IMMUTABLE STRICT AS $fn$
    SELECT '[' || coalesce(string_agg({repr}, ', ' ORDER BY n), '') || ']'
    FROM unnest(xs) WITH ORDINALITY AS u(x, n)
$fn$;
