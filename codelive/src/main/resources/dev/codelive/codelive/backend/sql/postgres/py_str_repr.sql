-- repr(s) of a str as CPython writes it: single quotes unless the text holds ' and no ", backslash escapes for
-- the quote, the backslash and unprintable characters.
CREATE FUNCTION pg_temp.py_str_repr(s text) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT AS $fn$
DECLARE
    quote text := CASE WHEN strpos(s, '''') > 0 AND strpos(s, '"') = 0 THEN '"' ELSE '''' END;
    out text := quote;
    c text;
    code int;
BEGIN
    FOREACH c IN ARRAY string_to_array(s, NULL) LOOP
        code := ascii(c);
        out := out || CASE
            WHEN c = quote OR c = '\' THEN '\' || c
            WHEN c = E'\n' THEN '\n'
            WHEN c = E'\r' THEN '\r'
            WHEN c = E'\t' THEN '\t'
            WHEN code < 32 OR code BETWEEN 127 AND 160 OR code = 173 THEN '\x' || lpad(to_hex(code), 2, '0')
            WHEN code BETWEEN 8232 AND 8239 OR code BETWEEN 8203 AND 8207 OR code BETWEEN 8288 AND 8303 OR code = 65279
                OR code BETWEEN 57344 AND 63743 THEN '\u' || lpad(to_hex(code), 4, '0')
            ELSE c
        END;
    END LOOP;
    RETURN out || quote;
END
$fn$;
