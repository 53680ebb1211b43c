-- math.isqrt(n): the exact floor of the square root, corrected after numeric's approximation.
CREATE FUNCTION pg_temp.py_isqrt(n {int}) RETURNS {int}
LANGUAGE plpgsql IMMUTABLE STRICT AS $fn$
DECLARE
    root numeric := floor(sqrt(n::numeric));
BEGIN
    WHILE root * root > n LOOP
        root := root - 1;
    END LOOP;
    WHILE (root + 1) * (root + 1) <= n LOOP
        root := root + 1;
    END LOOP;
    RETURN root;
END
$fn$;
