package dev.codelive.codelive.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * Python's {@code math} module: the integer functions exactly, the float functions with CPython's special cases and
 * errors. {@code sqrt} is IEEE-exact and {@code hypot} and {@code fsum} reproduce CPython's own algorithms bit for bit;
 * {@code exp}, {@code log} and the trigonometric functions come from Java's {@link Math}, which agrees with the C
 * library CPython calls (glibc) on all but a small fraction of arguments, by one unit in the last place.
 */
public final class PyMath {
    public static final PyFloat PI = PyFloat.of(Math.PI);
    public static final PyFloat E = PyFloat.of(Math.E);
    public static final PyFloat TAU = PyFloat.of(2 * Math.PI);
    public static final PyFloat INF = PyFloat.of(Double.POSITIVE_INFINITY);
    public static final PyFloat NAN = PyFloat.of(Double.NaN);

    private static final double LOG10_2_HI = 3.01029995663611771306e-01;
    private static final double LOG10_2_LO = 3.69423907715893078616e-13;
    private static final double INV_LN10 = 4.34294481903251816668e-01;
    private static final double SPLIT = 134217729.0;
    private static final BigDecimal LN2 = new BigDecimal("0.6931471805599453094172321214581765680755001343602552");
    private static final MathContext WIDE = new MathContext(40, RoundingMode.HALF_EVEN);
    private static final BigDecimal NEGLIGIBLE = new BigDecimal("1e-45");

    private PyMath() {}

    public static PyInt floor(PyObject x) {
        PyInt i = Operators.intLike(x);
        return i != null ? i : Conversions.fromDouble(Math.floor(Conversions.realToDouble(x)));
    }

    public static PyInt ceil(PyObject x) {
        PyInt i = Operators.intLike(x);
        return i != null ? i : Conversions.fromDouble(Math.ceil(Conversions.realToDouble(x)));
    }

    public static PyInt trunc(PyObject x) {
        PyInt i = Operators.intLike(x);
        if (i != null) {
            return i;
        }
        if (x instanceof PyFloat f) {
            return Conversions.fromDouble(f.value());
        }
        throw PythonError.typeError("type " + x.typeName() + " doesn't define __trunc__ method");
    }

    public static PyFloat fabs(PyObject x) {
        return PyFloat.of(Math.abs(Conversions.realToDouble(x)));
    }

    public static PyFloat sqrt(PyObject x) {
        return unary(x, Math::sqrt, false);
    }

    public static PyFloat exp(PyObject x) {
        return unary(x, Math::exp, true);
    }

    public static PyFloat sin(PyObject x) {
        return unary(x, Math::sin, false);
    }

    public static PyFloat cos(PyObject x) {
        return unary(x, Math::cos, false);
    }

    public static PyFloat tan(PyObject x) {
        return unary(x, Math::tan, false);
    }

    /** {@code math.log(x)}, which also accepts ints beyond the float range. */
    public static PyFloat log(PyObject x) {
        return PyFloat.of(logHelper(x, PyMath::naturalLog));
    }

    /** {@code math.log(x, base)}: {@code log(x) / log(base)}, dividing as floats. */
    public static PyFloat log(PyObject x, PyObject base) {
        double numerator = logHelper(x, PyMath::naturalLog);
        double denominator = logHelper(base, PyMath::naturalLog);
        return PyFloat.of(FloatArithmetic.trueDivide(numerator, denominator));
    }

    public static PyFloat log2(PyObject x) {
        return PyFloat.of(logHelper(x, PyMath::binaryLog));
    }

    public static PyFloat log10(PyObject x) {
        return PyFloat.of(logHelper(x, PyMath::decimalLog));
    }

    /** CPython's {@code math_1}: the function's NaN or infinity for a finite argument becomes ValueError or OverflowError. */
    private static PyFloat unary(PyObject x, DoubleUnaryOperator function, boolean canOverflow) {
        double value = Conversions.realToDouble(x);
        double result = function.applyAsDouble(value);
        checkResult(value, result, canOverflow);
        return PyFloat.of(result);
    }

    private static void checkResult(double argument, double result, boolean canOverflow) {
        if (Double.isNaN(result) && !Double.isNaN(argument)) {
            throw PythonError.valueError("math domain error");
        }
        if (Double.isInfinite(result) && Double.isFinite(argument)) {
            throw canOverflow ? PythonError.overflowError("math range error")
                    : PythonError.valueError("math domain error");
        }
    }

    /** CPython's {@code loghelper}: ints too large for a float are split into mantissa and exponent. */
    private static double logHelper(PyObject x, DoubleUnaryOperator log) {
        PyInt i = Operators.intLike(x);
        if (i != null) {
            if (i.signum() <= 0) {
                throw PythonError.valueError("math domain error");
            }
            if (i.bitLength() <= 1024) {
                double value = i.bigValue().doubleValue();
                if (Double.isFinite(value)) {
                    return log.applyAsDouble(value);
                }
            }
            double[] frexp = Doubles.frexp(i.bigValue());
            return log.applyAsDouble(frexp[0]) + log.applyAsDouble(2.0) * frexp[1];
        }
        double value = Conversions.realToDouble(x);
        double result = log.applyAsDouble(value);
        checkResult(value, result, false);
        return result;
    }

    /** CPython's {@code m_log}: log of 0 is a domain error rather than -inf. */
    private static double naturalLog(double x) {
        if (x == 0.0) {
            return Double.NaN;
        }
        return Math.log(x);
    }

    /**
     * {@code log2(x)}, correctly rounded: {@code e + ln(m) / ln(2)} for {@code x = m * 2**e}, with {@code ln(m)} from
     * its atanh series in 40-digit decimal arithmetic. glibc's log2 is nearly always correctly rounded, while the
     * double expression {@code log(x) / log(2)} is off by one unit in about one case in twenty.
     */
    private static double binaryLog(double x) {
        if (!(x > 0.0) || Double.isInfinite(x)) {
            return x == 0.0 ? Double.NaN : Math.log(x);
        }
        int exponent = Math.getExponent(x);
        if (exponent == Double.MIN_EXPONENT - 1) {
            exponent = Math.getExponent(x * 0x1p54) - 54;
        }
        double mantissa = Math.scalb(x, -exponent);
        if (mantissa > Math.sqrt(2)) {
            mantissa /= 2;
            exponent++;
        }
        if (mantissa == 1.0) {
            return exponent;
        }
        BigDecimal m = new BigDecimal(mantissa);
        BigDecimal f = m.subtract(BigDecimal.ONE).divide(m.add(BigDecimal.ONE), WIDE);
        BigDecimal f2 = f.multiply(f, WIDE);
        BigDecimal sum = f;
        BigDecimal power = f;
        for (int k = 3; power.abs().compareTo(NEGLIGIBLE) > 0; k += 2) {
            power = power.multiply(f2, WIDE);
            sum = sum.add(power.divide(BigDecimal.valueOf(k), WIDE), WIDE);
        }
        BigDecimal log2 = sum.add(sum).divide(LN2, WIDE).add(BigDecimal.valueOf(exponent), WIDE);
        return Double.parseDouble(log2.toString());
    }

    /** glibc's {@code log10}: the exponent's part in two pieces plus log(mantissa) / ln(10). */
    private static double decimalLog(double x) {
        if (!(x > 0.0) || Double.isInfinite(x)) {
            return x == 0.0 ? Double.NaN : Math.log(x);
        }
        int k = 0;
        if (x < Double.MIN_NORMAL) {
            k -= 54;
            x *= 0x1p54;
        }
        k += Math.getExponent(x);
        int i = k < 0 ? 1 : 0;
        double y = k + i;
        double mantissa = Math.scalb(x, -Math.getExponent(x) - i);
        double z = y * LOG10_2_LO + INV_LN10 * Math.log(mantissa);
        return z + y * LOG10_2_HI;
    }

    public static PyInt isqrt(PyObject n) {
        PyInt value = integer(n);
        if (value.signum() < 0) {
            throw PythonError.valueError("isqrt() argument must be nonnegative");
        }
        return PyInt.of(value.bigValue().sqrt());
    }

    public static PyInt gcd(List<PyObject> args) {
        BigInteger result = BigInteger.ZERO;
        for (PyObject arg : args) {
            BigInteger value = integer(arg).bigValue();
            RuntimeLimits.checkWork(10.0 * result.bitLength() * value.bitLength(), "gcd()");
            result = result.gcd(value);
        }
        return PyInt.of(result);
    }

    public static PyInt lcm(List<PyObject> args) {
        BigInteger result = BigInteger.ONE;
        for (PyObject arg : args) {
            BigInteger value = integer(arg).bigValue().abs();
            if (value.signum() == 0 || result.signum() == 0) {
                result = BigInteger.ZERO;
                continue;
            }
            RuntimeLimits.checkIntBits(result.bitLength() + value.bitLength(), "the lcm");
            RuntimeLimits.checkWork(10.0 * result.bitLength() * value.bitLength(), "lcm()");
            result = result.divide(result.gcd(value)).multiply(value);
        }
        return PyInt.of(result);
    }

    public static PyInt factorial(PyObject n) {
        PyInt value = integer(n);
        if (value.signum() < 0) {
            throw PythonError.valueError("factorial() not defined for negative values");
        }
        if (!value.fitsLong()) {
            throw PythonError.overflowError("factorial() argument should not exceed " + Long.MAX_VALUE);
        }
        long k = value.longValue();
        // log2(k!) ~ k log2(k) - k log2(e): refuse before multiplying.
        double bits = k < 2 ? 1 : k * (Math.log(k) - 1) / Math.log(2);
        RuntimeLimits.checkIntBits((long) bits, "the factorial");
        return PyInt.of(product(1, k));
    }

    /** {@code math.comb(n, k)}: n choose k, 0 when k > n. */
    public static PyInt comb(PyObject n, PyObject k) {
        BigInteger[] nk = nonNegative(n, k);
        if (nk[1].compareTo(nk[0]) > 0) {
            return PyInt.ZERO;
        }
        BigInteger kk = nk[1].min(nk[0].subtract(nk[1]));
        if (kk.bitLength() > 31) {
            throw new EvaluationBudgetException("comb() with k = " + kk);
        }
        long count = kk.longValue();
        BigInteger result = BigInteger.ONE;
        for (long i = 0; i < count; i++) {
            result = result.multiply(nk[0].subtract(BigInteger.valueOf(i))).divide(BigInteger.valueOf(i + 1));
            RuntimeLimits.checkIntBits(result.bitLength(), "the binomial coefficient");
        }
        return PyInt.of(result);
    }

    /** {@code math.perm(n, k)}: k-permutations of n; {@code perm(n)} when k is None is {@code n!}. */
    public static PyInt perm(PyObject n, PyObject k) {
        if (k == PyNone.NONE) {
            return factorial(n);
        }
        BigInteger[] nk = nonNegative(n, k);
        if (nk[1].compareTo(nk[0]) > 0) {
            return PyInt.ZERO;
        }
        if (nk[1].bitLength() > 31) {
            throw new EvaluationBudgetException("perm() with k = " + nk[1]);
        }
        BigInteger result = BigInteger.ONE;
        for (long i = 0; i < nk[1].longValue(); i++) {
            result = result.multiply(nk[0].subtract(BigInteger.valueOf(i)));
            RuntimeLimits.checkIntBits(result.bitLength(), "the permutation count");
        }
        return PyInt.of(result);
    }

    private static BigInteger[] nonNegative(PyObject n, PyObject k) {
        BigInteger nn = integer(n).bigValue();
        BigInteger kk = integer(k).bigValue();
        if (nn.signum() < 0) {
            throw PythonError.valueError("n must be a non-negative integer");
        }
        if (kk.signum() < 0) {
            throw PythonError.valueError("k must be a non-negative integer");
        }
        return new BigInteger[] {nn, kk};
    }

    /** The product of the integers from lo to hi, split in halves so the big multiplications stay balanced. */
    private static BigInteger product(long lo, long hi) {
        if (hi - lo < 16) {
            BigInteger result = BigInteger.ONE;
            for (long i = Math.max(lo, 1); i <= hi; i++) {
                result = result.multiply(BigInteger.valueOf(i));
            }
            return result;
        }
        long mid = (lo + hi) >>> 1;
        return product(lo, mid).multiply(product(mid + 1, hi));
    }

    private static PyInt integer(PyObject value) {
        PyInt i = Operators.intLike(value);
        if (i == null) {
            throw PythonError.typeError("'" + value.typeName() + "' object cannot be interpreted as an integer");
        }
        return i;
    }

    /** {@code math.isclose(a, b, rel_tol=..., abs_tol=...)}. */
    public static PyBool isclose(PyObject a, PyObject b, PyObject relTol, PyObject absTol) {
        double x = Conversions.realToDouble(a);
        double y = Conversions.realToDouble(b);
        double rel = Conversions.realToDouble(relTol);
        double abs = Conversions.realToDouble(absTol);
        if (rel < 0.0 || abs < 0.0) {
            throw PythonError.valueError("tolerances must be non-negative");
        }
        if (x == y) {
            return PyBool.TRUE;
        }
        if (Double.isInfinite(x) || Double.isInfinite(y)) {
            return PyBool.FALSE;
        }
        double diff = Math.abs(y - x);
        return PyBool.of(diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs);
    }

    /** {@code math.hypot(*coordinates)}: CPython 3.11's {@code vector_norm}, bit for bit. */
    public static PyFloat hypot(List<PyObject> coordinates) {
        double[] vec = new double[coordinates.size()];
        double max = 0.0;
        boolean foundNan = false;
        for (int i = 0; i < vec.length; i++) {
            double x = Math.abs(Conversions.realToDouble(coordinates.get(i)));
            vec[i] = x;
            foundNan |= Double.isNaN(x);
            if (x > max) {
                max = x;
            }
        }
        return PyFloat.of(vectorNorm(vec, max, foundNan));
    }

    private static double vectorNorm(double[] vec, double max, boolean foundNan) {
        if (Double.isInfinite(max)) {
            return max;
        }
        if (foundNan) {
            return Double.NaN;
        }
        if (max == 0.0 || vec.length <= 1) {
            return max;
        }
        int maxExponent = Math.getExponent(max) + 1; // frexp's exponent: max = m * 2**e with 0.5 <= m < 1
        double csum = 1.0;
        double frac1 = 0.0;
        double frac2 = 0.0;
        double frac3 = 0.0;
        if (Math.getExponent(max) == Double.MIN_EXPONENT - 1) {
            maxExponent = Math.getExponent(max * 0x1p54) - 53;
        }
        if (maxExponent >= -1023) {
            double scale = Math.scalb(1.0, -maxExponent);
            for (double v : vec) {
                double x = v * scale;
                // Veltkamp-Dekker split: x == hi + lo with hi*hi, hi*lo and lo*lo exact.
                double t = x * SPLIT;
                double hi = t - (t - x);
                double lo = x - hi;
                x = hi * hi;
                double old = csum;
                csum += x;
                frac1 += (old - csum) + x;
                x = 2.0 * hi * lo;
                old = csum;
                csum += x;
                frac2 += (old - csum) + x;
                frac3 += lo * lo;
            }
            double h = Math.sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
            double t = h * SPLIT;
            double hi = t - (t - h);
            double lo = h - hi;
            double x = -hi * hi;
            double old = csum;
            csum += x;
            frac1 += (old - csum) + x;
            x = -2.0 * hi * lo;
            old = csum;
            csum += x;
            frac2 += (old - csum) + x;
            x = -lo * lo;
            old = csum;
            csum += x;
            frac3 += (old - csum) + x;
            x = csum - 1.0 + (frac1 + frac2 + frac3);
            return (h + x / (2.0 * h)) / scale;
        }
        // The scale factor would overflow: divide by max instead.
        for (double v : vec) {
            double x = v / max;
            x = x * x;
            double old = csum;
            csum += x;
            frac1 += (old - csum) + x;
        }
        return max * Math.sqrt(csum - 1.0 + frac1);
    }

    /** {@code math.fsum(iterable)}: CPython's exactly rounded sum (Shewchuk's partials). */
    public static PyFloat fsum(PyObject iterable) {
        Iterator<PyObject> items = Sequences.iterate(iterable);
        List<Double> partials = new ArrayList<>();
        double specialSum = 0.0;
        double infSum = 0.0;
        while (items.hasNext()) {
            double x = Conversions.realToDouble(items.next());
            double xsave = x;
            int i = 0;
            for (int j = 0; j < partials.size(); j++) {
                double y = partials.get(j);
                if (Math.abs(x) < Math.abs(y)) {
                    double t = x;
                    x = y;
                    y = t;
                }
                double hi = x + y;
                double yr = hi - x;
                double lo = y - yr;
                if (lo != 0.0) {
                    partials.set(i++, lo);
                }
                x = hi;
            }
            partials.subList(i, partials.size()).clear();
            if (x != 0.0) {
                if (!Double.isFinite(x)) {
                    // Either an intermediate overflow or an infinity or NaN among the summands.
                    if (Double.isFinite(xsave)) {
                        throw PythonError.overflowError("intermediate overflow in fsum");
                    }
                    if (Double.isInfinite(xsave)) {
                        infSum += xsave;
                    }
                    specialSum += xsave;
                    partials.clear();
                } else {
                    partials.add(x);
                }
            }
        }
        if (specialSum != 0.0) {
            if (Double.isNaN(infSum)) {
                throw PythonError.valueError("-inf + inf in fsum");
            }
            return PyFloat.of(specialSum);
        }
        double hi = 0.0;
        int n = partials.size();
        if (n > 0) {
            hi = partials.get(--n);
            double lo = 0.0;
            while (n > 0) {
                double x = hi;
                double y = partials.get(--n);
                hi = x + y;
                double yr = hi - x;
                lo = y - yr;
                if (lo != 0.0) {
                    break;
                }
            }
            // Half-even rounding across partials: sum([1e-16, 1, 1e16]) rounds the last digit up.
            if (n > 0 && ((lo < 0.0 && partials.get(n - 1) < 0.0) || (lo > 0.0 && partials.get(n - 1) > 0.0))) {
                double y = lo * 2.0;
                double x = hi + y;
                double yr = x - hi;
                if (y == yr) {
                    hi = x;
                }
            }
        }
        return PyFloat.of(hi);
    }
}
