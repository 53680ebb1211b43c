-- a / b of ints: the correctly rounded float of the exact quotient, as CPython computes it. Ints of at most 53 bits
-- convert to floats exactly, and one IEEE division rounds correctly; beyond, the quotient is computed with more
-- digits than any halfway point between two floats has, plus a sticky digit for an inexact remainder.
CREATE FUNCTION pg_temp.py_truediv(a {int}, b {int}) RETURNS double precision
LANGUAGE plpgsql IMMUTABLE STRICT AS $fn$
DECLARE
    -- enough digits for the quotient to carry 1100 significant ones
    shift int := greatest(0, 1100 + length(abs(b)::text) - length(abs(a)::text));
    scaled numeric;
    quotient numeric;
BEGIN
    IF abs(a) <= 9007199254740992 AND abs(b) <= 9007199254740992 THEN
        RETURN a::double precision / b::double precision;
    END IF;
    scaled := a::numeric * trunc(10::numeric ^ shift);
    quotient := div(scaled, b::numeric);
    IF scaled % b::numeric <> 0 THEN
        quotient := quotient * 10 + sign(quotient);
        RETURN (quotient::text || 'e' || -(shift + 1))::double precision;
    END IF;
    RETURN (quotient::text || 'e' || -shift)::double precision;
END
$fn$;
