package dev.codelive.codelive.runtime;

import java.math.BigInteger;

/**
 * Python's {@code int}: unbounded. Values that fit in a {@code long} are stored as one (the fast path); larger ones as a
 * {@link BigInteger}, never wrapping around. Results beyond {@link RuntimeLimits#MAX_INT_BITS} raise
 * {@link EvaluationBudgetException} instead of exhausting memory.
 */
public final class PyInt implements PyObject, Comparable<PyInt> {
    private static final int CACHE_LOW = -128;
    private static final int CACHE_HIGH = 1024;
    private static final PyInt[] CACHE = new PyInt[CACHE_HIGH - CACHE_LOW + 1];

    static {
        for (int i = 0; i < CACHE.length; i++) {
            CACHE[i] = new PyInt(i + CACHE_LOW, null);
        }
    }

    public static final PyInt ZERO = of(0);
    public static final PyInt ONE = of(1);

    private final long small;
    /** Null exactly when the value fits in a long; a BigInteger here is always outside the long range. */
    private final BigInteger big;

    private PyInt(long small, BigInteger big) {
        this.small = small;
        this.big = big;
    }

    public static PyInt of(long value) {
        if (value >= CACHE_LOW && value <= CACHE_HIGH) {
            return CACHE[(int) value - CACHE_LOW];
        }
        return new PyInt(value, null);
    }

    public static PyInt of(BigInteger value) {
        if (value.bitLength() < 64) {
            return of(value.longValue());
        }
        RuntimeLimits.checkIntBits(value.bitLength(), "an integer");
        return new PyInt(0, value);
    }

    @Override
    public String typeName() {
        return "int";
    }

    public boolean fitsLong() {
        return big == null;
    }

    /** The value as a long; only meaningful when {@link #fitsLong()}. */
    public long longValue() {
        if (big != null) {
            throw new IllegalStateException("int does not fit in a long: " + big);
        }
        return small;
    }

    public BigInteger bigValue() {
        return big != null ? big : BigInteger.valueOf(small);
    }

    public int signum() {
        return big != null ? big.signum() : Long.signum(small);
    }

    /** Python's {@code int.bit_length()}: bits of the absolute value. */
    public long bitLength() {
        if (big != null) {
            return big.abs().bitLength();
        }
        return small == Long.MIN_VALUE ? 64 : 64 - Long.numberOfLeadingZeros(Math.abs(small));
    }

    public boolean isZero() {
        return big == null && small == 0;
    }

    public PyInt add(PyInt other) {
        if (big == null && other.big == null) {
            long r = small + other.small;
            if (((small ^ r) & (other.small ^ r)) >= 0) {
                return of(r);
            }
        }
        return of(bigValue().add(other.bigValue()));
    }

    public PyInt subtract(PyInt other) {
        if (big == null && other.big == null) {
            long r = small - other.small;
            if (((small ^ other.small) & (small ^ r)) >= 0) {
                return of(r);
            }
        }
        return of(bigValue().subtract(other.bigValue()));
    }

    public PyInt multiply(PyInt other) {
        if (big == null && other.big == null) {
            long high = Math.multiplyHigh(small, other.small);
            long low = small * other.small;
            if ((high == 0 && low >= 0) || (high == -1 && low < 0)) {
                return of(low);
            }
        }
        RuntimeLimits.checkIntBits(bitLength() + other.bitLength() - 1, "the product");
        return of(bigValue().multiply(other.bigValue()));
    }

    public PyInt negate() {
        if (big == null && small != Long.MIN_VALUE) {
            return of(-small);
        }
        return of(bigValue().negate());
    }

    public PyInt abs() {
        return signum() < 0 ? negate() : this;
    }

    /** {@code self // other}, rounding toward negative infinity. */
    public PyInt floorDivide(PyInt other) {
        if (other.isZero()) {
            throw PythonError.zeroDivision("integer division or modulo by zero");
        }
        if (big == null && other.big == null && !(small == Long.MIN_VALUE && other.small == -1)) {
            return of(Math.floorDiv(small, other.small));
        }
        return of(floorDivMod(bigValue(), other.bigValue())[0]);
    }

    /** {@code self % other}: the result takes the divisor's sign. */
    public PyInt mod(PyInt other) {
        if (other.isZero()) {
            throw PythonError.zeroDivision("integer modulo by zero");
        }
        if (big == null && other.big == null) {
            return of(Math.floorMod(small, other.small));
        }
        return of(floorDivMod(bigValue(), other.bigValue())[1]);
    }

    /** {@code divmod(self, other)} as {@code [quotient, remainder]}. */
    public PyInt[] divmod(PyInt other) {
        if (other.isZero()) {
            throw PythonError.zeroDivision("integer division or modulo by zero");
        }
        if (big == null && other.big == null && !(small == Long.MIN_VALUE && other.small == -1)) {
            return new PyInt[] {of(Math.floorDiv(small, other.small)), of(Math.floorMod(small, other.small))};
        }
        BigInteger[] qr = floorDivMod(bigValue(), other.bigValue());
        return new PyInt[] {of(qr[0]), of(qr[1])};
    }

    private static BigInteger[] floorDivMod(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
            qr[0] = qr[0].subtract(BigInteger.ONE);
            qr[1] = qr[1].add(b);
        }
        return qr;
    }

    /** {@code self / other}: the correctly rounded float quotient, as CPython computes it. */
    public double trueDivide(PyInt other) {
        if (other.isZero()) {
            throw PythonError.zeroDivision("division by zero");
        }
        // Below 2**53 both convert exactly, so one IEEE division is correctly rounded (CPython's fast path too).
        if (big == null && other.big == null && fitsDouble(small) && fitsDouble(other.small)) {
            return (double) small / (double) other.small;
        }
        boolean negative = (signum() < 0) != (other.signum() < 0);
        double quotient = Doubles.divide(bigValue().abs(), other.bigValue().abs());
        if (Double.isInfinite(quotient)) {
            throw PythonError.overflowError("integer division result too large for a float");
        }
        return negative ? -quotient : quotient;
    }

    private static boolean fitsDouble(long value) {
        return value >= -(1L << 53) && value <= 1L << 53;
    }

    /** {@code self ** exponent} for a non-negative exponent, exactly. */
    public PyInt pow(PyInt exponent) {
        if (exponent.signum() < 0) {
            throw new IllegalArgumentException("negative exponent: the result is a float");
        }
        if (exponent.isZero()) {
            return ONE;
        }
        if (big == null && (small == 0 || small == 1)) {
            return this;
        }
        if (big == null && small == -1) {
            return exponent.bigValue().testBit(0) ? this : ONE;
        }
        if (!exponent.fitsLong() || exponent.small > Integer.MAX_VALUE) {
            throw new EvaluationBudgetException("the power " + this + " ** " + exponent + " is far too large");
        }
        long e = exponent.small;
        RuntimeLimits.checkIntBits((bitLength() - 1) * e + 1, "the power");
        if (big == null) {
            long result = 1;
            long base = small;
            long remaining = e;
            boolean fits = true;
            while (remaining > 0 && fits) {
                if ((remaining & 1) != 0) {
                    long high = Math.multiplyHigh(result, base);
                    long low = result * base;
                    fits = (high == 0 && low >= 0) || (high == -1 && low < 0);
                    result = low;
                }
                remaining >>= 1;
                if (remaining > 0 && fits) {
                    long high = Math.multiplyHigh(base, base);
                    long low = base * base;
                    fits = high == 0 && low >= 0;
                    base = low;
                }
            }
            if (fits) {
                return of(result);
            }
        }
        return of(bigValue().pow((int) e));
    }

    /** Three-argument {@code pow(self, exponent, modulus)}, including modular inverses for negative exponents. */
    public PyInt modPow(PyInt exponent, PyInt modulus) {
        if (modulus.isZero()) {
            throw PythonError.valueError("pow() 3rd argument cannot be 0");
        }
        BigInteger m = modulus.bigValue();
        BigInteger absM = m.abs();
        BigInteger base = bigValue();
        BigInteger e = exponent.bigValue();
        if (e.signum() < 0) {
            try {
                base = base.mod(absM).modInverse(absM);
            } catch (ArithmeticException notInvertible) {
                throw PythonError.valueError("base is not invertible for the given modulus");
            }
            e = e.negate();
        }
        RuntimeLimits.checkWork((double) e.bitLength() * absM.bitLength() * absM.bitLength(), "pow() with a "
                + e.bitLength() + "-bit exponent and a " + absM.bitLength() + "-bit modulus");
        BigInteger result = absM.equals(BigInteger.ONE) ? BigInteger.ZERO : base.mod(absM).modPow(e, absM);
        if (m.signum() < 0 && result.signum() != 0) {
            result = result.add(m);
        }
        return of(result);
    }

    public PyInt shiftLeft(PyInt count) {
        if (count.signum() < 0) {
            throw PythonError.valueError("negative shift count");
        }
        if (isZero()) {
            return this;
        }
        if (!count.fitsLong()) {
            throw new EvaluationBudgetException("the shift " + this + " << " + count + " is far too large");
        }
        RuntimeLimits.checkIntBits(bitLength() + count.small, "the shifted integer");
        return of(bigValue().shiftLeft((int) count.small));
    }

    public PyInt shiftRight(PyInt count) {
        if (count.signum() < 0) {
            throw PythonError.valueError("negative shift count");
        }
        if (!count.fitsLong() || count.small >= bitLength()) {
            return signum() < 0 ? of(-1) : ZERO;
        }
        if (big == null) {
            return of(small >> count.small);
        }
        return of(big.shiftRight((int) count.small));
    }

    public PyInt and(PyInt other) {
        if (big == null && other.big == null) {
            return of(small & other.small);
        }
        return of(bigValue().and(other.bigValue()));
    }

    public PyInt or(PyInt other) {
        if (big == null && other.big == null) {
            return of(small | other.small);
        }
        return of(bigValue().or(other.bigValue()));
    }

    public PyInt xor(PyInt other) {
        if (big == null && other.big == null) {
            return of(small ^ other.small);
        }
        return of(bigValue().xor(other.bigValue()));
    }

    /** {@code ~self}, which is {@code -(self + 1)}. */
    public PyInt invert() {
        if (big == null) {
            return of(~small);
        }
        return of(big.not());
    }

    /** {@code float(self)}, correctly rounded; OverflowError when it exceeds the float range. */
    public double toDouble() {
        if (big == null) {
            return small;
        }
        double value = big.doubleValue();
        if (Double.isInfinite(value)) {
            throw PythonError.overflowError("int too large to convert to float");
        }
        return value;
    }

    @Override
    public int compareTo(PyInt other) {
        if (big == null && other.big == null) {
            return Long.compare(small, other.small);
        }
        return bigValue().compareTo(other.bigValue());
    }

    /** Clamps to the long range, as CPython clamps slice bounds to {@code Py_ssize_t}. */
    long clampToLong() {
        if (big == null) {
            return small;
        }
        return big.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PyInt that && small == that.small
                && (big == null ? that.big == null : big.equals(that.big));
    }

    @Override
    public int hashCode() {
        return big == null ? Long.hashCode(small) : big.hashCode();
    }

    /** The decimal digits, unlimited; {@link Repr} applies CPython's 4300-digit limit. */
    @Override
    public String toString() {
        return big == null ? Long.toString(small) : big.toString();
    }
}
