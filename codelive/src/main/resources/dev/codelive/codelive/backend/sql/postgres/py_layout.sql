-- Pads formatted text to a width with a fill character: '<' left, '>' right, '^' centred (the extra fill on the
-- right), '=' after a leading sign, as Python's format() lays it out.
CREATE FUNCTION pg_temp.py_layout(formatted text, fill text, align text, width int) RETURNS text
LANGUAGE sql IMMUTABLE STRICT AS $fn$
    SELECT CASE align
        WHEN '<' THEN formatted || repeat(fill, missing)
        WHEN '>' THEN repeat(fill, missing) || formatted
        WHEN '^' THEN repeat(fill, missing / 2) || formatted || repeat(fill, missing - missing / 2)
        ELSE CASE WHEN left(formatted, 1) IN ('+', '-', ' ') THEN left(formatted, 1) || repeat(fill, missing) || substr(formatted, 2)
                  ELSE repeat(fill, missing) || formatted END
    END
    FROM (SELECT greatest(width - char_length(formatted), 0) AS missing) AS padding
$fn$;
