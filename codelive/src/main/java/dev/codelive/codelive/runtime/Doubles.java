package dev.codelive.codelive.runtime;

import java.math.BigInteger;

/** Correctly rounded conversions from exact integers and ratios to doubles, as CPython's long object performs them. */
final class Doubles {
    private static final int PRECISION = 53;
    private static final int MIN_EXPONENT = -1022;

    private Doubles() {}

    /** The double nearest to {@code a / b} (ties to even) for {@code a >= 0}, {@code b > 0}; infinity on overflow. */
    static double divide(BigInteger a, BigInteger b) {
        if (a.signum() == 0) {
            return 0.0;
        }
        // Scale so that the integer quotient has at least 55 bits: 53 to keep, one to round on, one spare.
        int shift = PRECISION + 2 - (a.bitLength() - b.bitLength());
        BigInteger numerator = shift > 0 ? a.shiftLeft(shift) : a;
        BigInteger denominator = shift < 0 ? b.shiftLeft(-shift) : b;
        BigInteger[] qr = numerator.divideAndRemainder(denominator);
        return round(qr[0], qr[1].signum() != 0, -(long) shift);
    }

    /**
     * The double nearest to {@code (q + f) * 2**exponent}, where {@code 0 <= f < 1} and {@code sticky} says whether
     * {@code f > 0}; ties go to even. Handles subnormal results and returns infinity on overflow.
     */
    static double round(BigInteger q, boolean sticky, long exponent) {
        int bits = q.bitLength();
        if (bits == 0) {
            return 0.0;
        }
        long topExponent = bits - 1 + exponent;
        long keep = PRECISION;
        if (topExponent < MIN_EXPONENT) {
            keep = PRECISION - (MIN_EXPONENT - topExponent);
        }
        long drop = bits - keep;
        BigInteger mantissa;
        if (drop <= 0) {
            mantissa = q.shiftLeft((int) -drop);
        } else {
            mantissa = drop >= bits ? BigInteger.ZERO : q.shiftRight((int) drop);
            int comparison = compareDroppedToHalf(q, drop, sticky);
            if (comparison > 0 || (comparison == 0 && mantissa.testBit(0))) {
                mantissa = mantissa.add(BigInteger.ONE);
            }
        }
        long scale = exponent + drop;
        if (scale > Integer.MAX_VALUE) {
            return Double.POSITIVE_INFINITY;
        }
        // mantissa has at most 54 bits and the product is exactly representable (or overflows to infinity).
        return Math.scalb(mantissa.doubleValue(), (int) Math.max(scale, Integer.MIN_VALUE));
    }

    /** Compares the dropped low {@code drop} bits of q (plus the sticky fraction) with half a unit of the kept part. */
    private static int compareDroppedToHalf(BigInteger q, long drop, boolean sticky) {
        if (drop > q.bitLength()) {
            return -1;
        }
        boolean halfBit = q.testBit((int) (drop - 1));
        if (!halfBit) {
            return -1;
        }
        boolean lowerBits = q.getLowestSetBit() < drop - 1;
        return lowerBits || sticky ? 1 : 0;
    }

    /**
     * {@code math.frexp} for an integer: {@code [m, e]} with {@code 0.5 <= |m| < 1} correctly rounded and
     * {@code value ~= m * 2**e}; unlike a float conversion it never overflows. The value must not be zero.
     */
    static double[] frexp(BigInteger value) {
        BigInteger magnitude = value.abs();
        int bits = magnitude.bitLength();
        // Round the integer to 53 bits as a number in [0.5, 1) scaled by 2**bits; rounding may carry to 1.0.
        double m = round(magnitude, false, -(long) bits);
        long e = bits;
        if (m == 1.0) {
            m = 0.5;
            e++;
        }
        return new double[] {value.signum() < 0 ? -m : m, e};
    }
}
