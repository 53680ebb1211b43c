-- format(n, spec) of an int before padding: the sign ('-', else plus: '', '+' or ' '), then the digits of |n| in
-- base 10, 16, 8 or 2, thousands grouped on request.
CREATE FUNCTION pg_temp.py_int_format(n {int}, base int, plus text, grouped boolean) RETURNS text
LANGUAGE sql IMMUTABLE STRICT AS $fn$
    SELECT CASE WHEN n < 0 THEN '-' ELSE plus END
        || CASE WHEN grouped THEN pg_temp.py_group(digits) ELSE digits END
    FROM (SELECT CASE WHEN base = 10 THEN abs(n)::text ELSE pg_temp.py_int_digits(n, base) END AS digits) AS body
$fn$;
