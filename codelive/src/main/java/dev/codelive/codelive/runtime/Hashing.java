package dev.codelive.codelive.runtime;

import java.math.BigInteger;

/**
 * CPython's {@code hash()} for the values whose hash is deterministic: ints and bools (reduction modulo the Mersenne
 * prime 2**61 - 1), finite floats (the hash of the rational value, so {@code hash(1.0) == hash(1) == hash(True)}),
 * infinities, and tuples of those (xxHash-based). String hashes are randomised per process and None's depends on its
 * address in CPython 3.11, so those are refused.
 */
final class Hashing {
    private static final long MODULUS = (1L << 61) - 1;
    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);
    private static final int MODULUS_BITS = 61;
    private static final long INFINITY_HASH = 314159;
    private static final long PRIME_1 = 0x9E3779B185EBCA87L;
    private static final long PRIME_2 = 0xC2B2AE3D27D4EB4FL;
    private static final long PRIME_5 = 0x27D4EB2F165667C5L;

    private Hashing() {}

    static long hash(PyObject value) {
        return switch (value) {
            case PyBool b -> b.value() ? 1 : 0;
            case PyInt i -> hashInt(i);
            case PyFloat f -> hashDouble(f.value());
            case PyTuple t -> hashTuple(t);
            case PyList l -> throw PythonError.typeError("unhashable type: 'list'");
            default -> throw new NotSupportedException("hash() of " + value.typeName()
                    + " (CPython randomises it or derives it from a memory address)");
        };
    }

    private static long hashInt(PyInt value) {
        long h;
        if (value.fitsLong() && value.longValue() != Long.MIN_VALUE) {
            long v = value.longValue();
            h = Math.abs(v) % MODULUS;
            h = v < 0 ? -h : h;
        } else {
            BigInteger v = value.bigValue();
            h = v.abs().mod(BIG_MODULUS).longValue();
            h = v.signum() < 0 ? -h : h;
        }
        return h == -1 ? -2 : h;
    }

    private static long hashDouble(double value) {
        if (Double.isNaN(value)) {
            throw new NotSupportedException("hash() of a NaN (CPython derives it from the object's address)");
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? INFINITY_HASH : -INFINITY_HASH;
        }
        if (value == 0.0) {
            return 0;
        }
        // value = mantissa * 2**exponent exactly; 2**61 == 1 modulo the modulus, so exponents reduce modulo 61.
        long bits = Double.doubleToRawLongBits(value);
        int biased = (int) ((bits >>> 52) & 0x7ff);
        long mantissa = bits & ((1L << 52) - 1);
        int exponent;
        if (biased == 0) {
            exponent = -1074;
        } else {
            mantissa |= 1L << 52;
            exponent = biased - 1075;
        }
        long h = BigInteger.valueOf(mantissa).shiftLeft(Math.floorMod(exponent, MODULUS_BITS)).mod(BIG_MODULUS)
                .longValue();
        h = value < 0 ? -h : h;
        return h == -1 ? -2 : h;
    }

    private static long hashTuple(PyTuple tuple) {
        long acc = PRIME_5;
        for (PyObject item : tuple.items()) {
            long lane = hash(item);
            acc += lane * PRIME_2;
            acc = Long.rotateLeft(acc, 31);
            acc *= PRIME_1;
        }
        acc += tuple.size() ^ (PRIME_5 ^ 3527539L);
        return acc == -1 ? 1546275796 : acc;
    }
}
