-- Separates the thousands of the integer part of a formatted number with commas, as the ',' option does.
CREATE FUNCTION pg_temp.py_group(body text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT AS $fn$
    SELECT reverse(regexp_replace(reverse(whole), '(\d{3})(?=\d)', '\1,', 'g')) || rest
    FROM (SELECT substring(body FROM '^\d*') AS whole, substring(body FROM '^\d*(.*)$') AS rest) AS parts
$fn$;
