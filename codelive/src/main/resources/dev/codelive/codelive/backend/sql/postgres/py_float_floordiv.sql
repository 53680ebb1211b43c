-- a // b of floats, as CPython's float_floor_div computes it from the exact remainder (fmod is exact).
CREATE FUNCTION pg_temp.py_float_floordiv(a double precision, b double precision) RETURNS double precision
LANGUAGE plpgsql IMMUTABLE STRICT AS $fn$
DECLARE
    remainder double precision := (pg_temp.py_exact(a) % pg_temp.py_exact(b))::double precision;
    quotient double precision;
    floored double precision;
BEGIN
    IF remainder <> 0 AND (b < 0) <> (remainder < 0) THEN
        quotient := (a - remainder) / b - 1.0;
    ELSE
        quotient := (a - remainder) / b;
    END IF;
    IF quotient = 0 THEN
        RETURN CASE WHEN (a < 0) <> (b < 0) THEN '-0'::double precision ELSE 0 END;
    END IF;
    floored := floor(quotient);
    RETURN CASE WHEN quotient - floored > 0.5 THEN floored + 1.0 ELSE floored END;
END
$fn$;
