package dev.codelive.codelive.runtime;

import java.math.BigInteger;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Python's {@code range}: lazy and immutable, with constant-time length, indexing and membership. Bounds are 64-bit;
 * a range beyond that is refused rather than approximated.
 */
public final class PyRange implements PyObject {
    private final long start;
    private final long stop;
    private final long step;
    private final long length;

    private PyRange(long start, long stop, long step, long length) {
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.length = length;
    }

    /** {@code range(start, stop, step)}; ValueError for a zero step. */
    public static PyRange of(long start, long stop, long step) {
        if (step == 0) {
            throw PythonError.valueError("range() arg 3 must not be zero");
        }
        return new PyRange(start, stop, step, lengthOf(start, stop, step));
    }

    public static PyRange of(long stop) {
        return of(0, stop, 1);
    }

    private static long lengthOf(long start, long stop, long step) {
        if (step > 0 ? start >= stop : start <= stop) {
            return 0;
        }
        BigInteger span = BigInteger.valueOf(stop).subtract(BigInteger.valueOf(start)).abs();
        BigInteger magnitude = BigInteger.valueOf(step).abs();
        BigInteger count = span.subtract(BigInteger.ONE).divide(magnitude).add(BigInteger.ONE);
        if (count.bitLength() > 63) {
            throw new NotSupportedException("a range of more than 2**63 - 1 items");
        }
        return count.longValue();
    }

    @Override
    public String typeName() {
        return "range";
    }

    public long start() {
        return start;
    }

    public long stop() {
        return stop;
    }

    public long step() {
        return step;
    }

    /** {@code len(self)}. */
    public long length() {
        return length;
    }

    /** {@code self[index]} for an index already normalised into {@code [0, length())}. */
    public long get(long index) {
        return start + index * step;
    }

    /** Whether the integer is one of this range's values, in constant time. */
    public boolean contains(PyInt value) {
        if (length == 0 || !value.fitsLong()) {
            return false;
        }
        long v = value.longValue();
        boolean inBounds = step > 0 ? v >= start && v < stop : v <= start && v > stop;
        if (!inBounds) {
            return false;
        }
        long offset = v - start;
        if (((v ^ start) & (v ^ offset)) < 0) {
            return BigInteger.valueOf(v).subtract(BigInteger.valueOf(start)).remainder(BigInteger.valueOf(step))
                    .signum() == 0;
        }
        return offset % step == 0;
    }

    /** {@code self[slice]}: another range, as CPython computes it. */
    public PyRange slice(SliceIndices slice) {
        BigInteger first = BigInteger.valueOf(start);
        BigInteger stride = BigInteger.valueOf(step);
        BigInteger newStart = first.add(BigInteger.valueOf(slice.start()).multiply(stride));
        BigInteger newStop = first.add(BigInteger.valueOf(slice.stop()).multiply(stride));
        BigInteger newStep = stride.multiply(BigInteger.valueOf(slice.step()));
        if (newStart.bitLength() > 63 || newStop.bitLength() > 63 || newStep.bitLength() > 63) {
            throw new NotSupportedException("a range slice with bounds beyond 64-bit integers");
        }
        return new PyRange(newStart.longValue(), newStop.longValue(), newStep.longValue(), slice.count());
    }

    /** CPython's range equality: equal lengths, and then equal starts and steps only where they matter. */
    public boolean sameSequence(PyRange other) {
        if (this == other) {
            return true;
        }
        if (length != other.length) {
            return false;
        }
        if (length == 0) {
            return true;
        }
        if (start != other.start) {
            return false;
        }
        return length == 1 || step == other.step;
    }

    public Iterator<PyObject> iterator() {
        return values(0, 1);
    }

    /** The values from last to first, as {@code reversed(range)} yields them. */
    public Iterator<PyObject> reversedIterator() {
        return values(length - 1, -1);
    }

    private Iterator<PyObject> values(long firstIndex, long direction) {
        return new Iterator<>() {
            private long index = firstIndex;

            @Override
            public boolean hasNext() {
                return index >= 0 && index < length;
            }

            @Override
            public PyObject next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                // A range may have 2**62 items, so one runtime call over it (sum, max, in) could run almost forever.
                if ((index & 0xfff) == 0) {
                    RuntimeLimits.checkInterrupted();
                }
                long value = get(index);
                index += direction;
                return PyInt.of(value);
            }
        };
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PyRange that && start == that.start && stop == that.stop && step == that.step;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(start) * 961 + Long.hashCode(stop) * 31 + Long.hashCode(step);
    }

    @Override
    public String toString() {
        return step == 1 ? "range(" + start + ", " + stop + ")" : "range(" + start + ", " + stop + ", " + step + ")";
    }
}
