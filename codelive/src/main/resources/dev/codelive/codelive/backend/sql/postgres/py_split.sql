-- s.split(): the runs of non-whitespace, in order.
CREATE FUNCTION pg_temp.py_split(s text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT AS $fn$
    SELECT ARRAY(SELECT word FROM regexp_split_to_table(s, '\s+') WITH ORDINALITY AS w(word, n) WHERE word <> '' ORDER BY n)
$fn$;
