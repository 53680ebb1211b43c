-- a % b of floats, as CPython's float_rem computes it: the exact remainder, moved to the divisor's sign.
CREATE FUNCTION pg_temp.py_float_mod(a double precision, b double precision) RETURNS double precision
LANGUAGE plpgsql IMMUTABLE STRICT AS $fn$
DECLARE
    remainder double precision := (pg_temp.py_exact(a) % pg_temp.py_exact(b))::double precision;
BEGIN
    IF remainder = 0 THEN
        RETURN CASE WHEN b < 0 THEN '-0'::double precision ELSE 0 END;
    ELSIF (b < 0) <> (remainder < 0) THEN
        RETURN remainder + b;
    END IF;
    RETURN remainder;
END
$fn$;
