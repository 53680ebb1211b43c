-- s[lower:upper:step] of a str.
CREATE FUNCTION pg_temp.py_slice_text(s text, lower bigint, upper bigint, step bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $fn$
    SELECT coalesce(string_agg(substr(s, p, 1), '' ORDER BY n), '')
    FROM pg_temp.py_slice_positions(char_length(s), lower, upper, step) WITH ORDINALITY AS c(p, n)
$fn$;
