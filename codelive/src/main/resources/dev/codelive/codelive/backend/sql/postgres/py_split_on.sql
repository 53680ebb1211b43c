-- s.split(sep): the pieces between the separators, an empty str giving one empty piece as in Python.
CREATE FUNCTION pg_temp.py_split_on(s text, sep text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT AS $fn$
    SELECT CASE WHEN s = '' THEN ARRAY[''] ELSE string_to_array(s, sep) END
$fn$;
