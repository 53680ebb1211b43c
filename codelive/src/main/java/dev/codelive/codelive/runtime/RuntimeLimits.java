package dev.codelive.codelive.runtime;

/**
 * Size limits that keep one hostile snippet from exhausting the server's memory. They bound single values; the
 * evaluator's step and time budget bounds the work around them.
 */
public final class RuntimeLimits {
    /**
     * Largest integer result, in bits (about 315,000 decimal digits). Enough for {@code 2 ** 100000} or
     * {@code factorial(20000)}; beyond it one multiplication already costs tens of milliseconds.
     */
    public static final long MAX_INT_BITS = 1L << 20;

    /**
     * Largest list, tuple or string an operation may build, in elements or code points (about four million: enough
     * for {@code list(range(10**6))} several times over, small enough that a few concurrent renders fit in memory).
     */
    public static final long MAX_SEQUENCE_LENGTH = 1L << 22;

    /** Largest precision a format spec may ask for, in digits; each digit costs exact decimal arithmetic. */
    public static final int MAX_FORMAT_PRECISION = 10_000;

    /** CPython's {@code sys.get_int_max_str_digits()} default: str() of a longer int raises ValueError. */
    public static final int MAX_STR_DIGITS = 4300;

    /**
     * How deep repr and comparison descend into nested lists and tuples before raising RecursionError, like CPython's
     * default recursion limit of 1000 frames.
     */
    public static final int MAX_NESTING = 1000;

    /**
     * Most work one big-int operation of more than linear cost may do, in units of the product of its operands' sizes
     * in bits: a modular power costs bits(exponent) * bits(modulus)^2, a gcd about 10 * bits(a) * bits(b) (measured
     * with the JDK's BigInteger, the limit is one to two seconds of either). Their results are small, so
     * {@link #MAX_INT_BITS} does not bound them, and a JDK call cannot be interrupted:
     * {@code pow(3, 2**1000000, 10**300000)} would otherwise run for hours.
     */
    public static final double MAX_QUADRATIC_WORK = 1e12;

    /** Largest text {@code repr} or {@code str} may build, in characters (nested lists can share items). */
    public static final long MAX_REPR_LENGTH = MAX_SEQUENCE_LENGTH * 4;

    private RuntimeLimits() {}

    /**
     * Stops a loop over many items when the thread was interrupted: how the evaluator ends a single operation that
     * outlives its time budget ({@code sum(range(10**18))}, comparing huge nested lists). Cheap enough to call per item.
     */
    static void checkInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw EvaluationBudgetException.circumstantial("time (the evaluation was interrupted)");
        }
    }

    static void checkIntBits(long bits, String what) {
        if (bits > MAX_INT_BITS) {
            throw new EvaluationBudgetException(what + " would have about " + bits + " bits, more than the limit of "
                    + MAX_INT_BITS);
        }
    }

    /** Checks {@code size * count}, which may exceed the long range, against the sequence limit. */
    static void checkRepeat(long size, long count, String what) {
        if (size > 0 && count > MAX_SEQUENCE_LENGTH / size) {
            throw new EvaluationBudgetException(what + " would have " + size + " * " + count
                    + " items, more than the limit of " + MAX_SEQUENCE_LENGTH);
        }
    }

    static void checkWork(double work, String what) {
        if (work > MAX_QUADRATIC_WORK) {
            throw new EvaluationBudgetException(what + " would take too long (about " + String.format("%.1e", work)
                    + " bit operations, more than the limit of " + String.format("%.1e", MAX_QUADRATIC_WORK) + ")");
        }
    }

    /** Refuses a sequence or string of more than {@link #MAX_SEQUENCE_LENGTH} items or code points. */
    public static void checkLength(long length, String what) {
        if (length > MAX_SEQUENCE_LENGTH) {
            throw new EvaluationBudgetException(what + " would have " + length + " items, more than the limit of "
                    + MAX_SEQUENCE_LENGTH);
        }
    }
}
