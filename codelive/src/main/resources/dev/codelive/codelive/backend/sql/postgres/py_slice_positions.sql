-- The 1-based positions xs[lower:upper:step] takes from a sequence of the given length, in order, as Python's
-- slice.indices() clamps them; a missing part is NULL.
CREATE FUNCTION pg_temp.py_slice_positions(length int, lower bigint, upper bigint, step bigint) RETURNS SETOF int
LANGUAGE plpgsql IMMUTABLE AS $fn$
DECLARE
    stride bigint := coalesce(step, 1);
    first bigint;
    stop bigint;
BEGIN
    IF stride > 0 THEN
        first := CASE WHEN lower IS NULL THEN 0 WHEN lower < 0 THEN greatest(lower + length, 0) ELSE least(lower, length) END;
        stop := CASE WHEN upper IS NULL THEN length WHEN upper < 0 THEN greatest(upper + length, 0) ELSE least(upper, length) END;
        RETURN QUERY SELECT (p + 1)::int FROM generate_series(first, stop - 1, stride) AS p;
    ELSE
        first := CASE WHEN lower IS NULL THEN length - 1 WHEN lower < 0 THEN greatest(lower + length, -1) ELSE least(lower, length - 1) END;
        stop := CASE WHEN upper IS NULL THEN -1 WHEN upper < 0 THEN greatest(upper + length, -1) ELSE least(upper, length - 1) END;
        RETURN QUERY SELECT (p + 1)::int FROM generate_series(first, stop + 1, stride) AS p;
    END IF;
END
$fn$;
