package dev.codelive.codelive.evaluator;

import dev.codelive.codelive.runtime.PyInt;
import dev.codelive.codelive.runtime.PyList;
import dev.codelive.codelive.runtime.PyObject;
import dev.codelive.codelive.runtime.PyStr;
import dev.codelive.codelive.runtime.PyTuple;

/**
 * The step price of data. {@code RuntimeLimits} bounds each value, but a loop could keep making maximal values; so an
 * operation that creates a list, tuple, string or big int is charged in proportion to its size, roughly one step per
 * 8 to 16 bytes of heap, and the step budget bounds the memory one evaluation can hold as well as its work. Values
 * built element by element (literals, comprehensions, {@code append}) already pay a step per element.
 */
final class Allocation {
    /** A list or tuple slot, plus the fresh object it often points to. */
    static final int STEPS_PER_ITEM = 2;
    static final int CODE_POINTS_PER_STEP = 8;
    static final int BITS_PER_STEP = 64;

    private Allocation() {}

    /** The price of a value that an operation just created. */
    static long cost(PyObject value) {
        // Ints first, without a type switch: nearly every operation's result is a small one, which costs nothing.
        if (value instanceof PyInt i) {
            return i.fitsLong() ? 0 : i.bitLength() / BITS_PER_STEP;
        }
        return switch (value) {
            case PyList l -> (long) l.size() * STEPS_PER_ITEM;
            case PyTuple t -> (long) t.size() * STEPS_PER_ITEM;
            case PyStr s -> s.length() / CODE_POINTS_PER_STEP;
            default -> 0;
        };
    }

    /** The price of a list growing in place from {@code before} to {@code after} items. */
    static long growth(int before, int after) {
        return after > before ? (long) (after - before) * STEPS_PER_ITEM : 0;
    }
}
