-- base ** exponent of ints, exact, by repeated squaring (a negative exponent makes a float in Python: never here).
CREATE FUNCTION pg_temp.py_pow(base {int}, exponent {int}) RETURNS {int}
LANGUAGE plpgsql IMMUTABLE STRICT AS $fn$
DECLARE
    result {int} := 1;
BEGIN
    IF exponent < 0 THEN
        RAISE EXCEPTION 'py_pow: negative exponent % of an int', exponent;
    END IF;
    WHILE exponent > 0 LOOP
        IF exponent % 2 = 1 THEN
            result := result * base;
        END IF;
        exponent := {half};
        IF exponent > 0 THEN
            base := base * base;
        END IF;
    END LOOP;
    RETURN result;
END
$fn$;
