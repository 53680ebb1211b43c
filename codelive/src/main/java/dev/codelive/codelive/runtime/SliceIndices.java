package dev.codelive.codelive.runtime;

/**
 * A slice {@code [start:stop:step]} resolved against a sequence length the way CPython's {@code PySlice_Unpack} and
 * {@code PySlice_AdjustIndices} do: bounds clamped, negatives counted from the end, {@code count} items selected.
 */
public record SliceIndices(long start, long stop, long step, long count) {

    /**
     * Resolves the slice bounds, each {@link PyNone#NONE} or an int (bools count as ints), for a sequence of
     * {@code length} items.
     */
    public static SliceIndices resolve(PyObject start, PyObject stop, PyObject step, long length) {
        long st = step == PyNone.NONE ? 1 : bound(step);
        if (st == 0) {
            throw PythonError.valueError("slice step cannot be zero");
        }
        // CPython keeps -step representable, so the most negative step is -PY_SSIZE_T_MAX.
        st = Math.max(st, -Long.MAX_VALUE);
        long lo = start == PyNone.NONE ? (st < 0 ? Long.MAX_VALUE : 0) : bound(start);
        long hi = stop == PyNone.NONE ? (st < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : bound(stop);
        lo = adjust(lo, st, length);
        hi = adjust(hi, st, length);
        long count;
        if (st < 0) {
            count = hi < lo ? (lo - hi - 1) / -st + 1 : 0;
        } else {
            count = lo < hi ? (hi - lo - 1) / st + 1 : 0;
        }
        return new SliceIndices(lo, hi, st, count);
    }

    /** The sequence position of the i-th selected item. */
    public long position(long i) {
        return start + i * step;
    }

    private static long adjust(long index, long step, long length) {
        if (index < 0) {
            index += length;
            if (index < 0) {
                return step < 0 ? -1 : 0;
            }
            return index;
        }
        if (index >= length) {
            return step < 0 ? length - 1 : length;
        }
        return index;
    }

    private static long bound(PyObject value) {
        PyInt i = Operators.intLike(value);
        if (i == null) {
            throw PythonError.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return i.clampToLong();
    }
}
