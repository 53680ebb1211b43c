-- The digits of |n| in base 2, 8 or 16 (format types 'b', 'o', 'x').
CREATE FUNCTION pg_temp.py_int_digits(n {int}, base int) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT AS $fn$
DECLARE
    rest numeric := abs(n);
    digits text := '';
BEGIN
    LOOP
        digits := substr('0123456789abcdef', (rest % base)::int + 1, 1) || digits;
        rest := div(rest, base);
        EXIT WHEN rest = 0;
    END LOOP;
    RETURN digits;
END
$fn$;
