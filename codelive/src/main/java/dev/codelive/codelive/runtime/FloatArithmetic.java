package dev.codelive.codelive.runtime;

/**
 * CPython's float operators that are more than one IEEE operation: floor division and modulo derived from
 * {@code fmod} (Java's {@code %} on doubles is C's {@code fmod}), and {@code **} with its special cases.
 */
final class FloatArithmetic {
    private FloatArithmetic() {}

    static double trueDivide(double a, double b) {
        if (b == 0.0) {
            throw PythonError.zeroDivision("float division by zero");
        }
        return a / b;
    }

    static double floorDivide(double a, double b) {
        if (b == 0.0) {
            throw PythonError.zeroDivision("float floor division by zero");
        }
        return divmod(a, b)[0];
    }

    static double mod(double a, double b) {
        if (b == 0.0) {
            throw PythonError.zeroDivision("float modulo");
        }
        double mod = a % b;
        if (mod != 0.0) {
            if ((b < 0) != (mod < 0)) {
                mod += b;
            }
        } else {
            mod = Math.copySign(0.0, b);
        }
        return mod;
    }

    /** {@code divmod(a, b)} as {@code [floor quotient, remainder]}, CPython's {@code _float_div_mod}. */
    static double[] divmod(double a, double b) {
        if (b == 0.0) {
            throw PythonError.zeroDivision("float divmod()");
        }
        double mod = a % b;
        // fmod is exact, so a - mod is mathematically a multiple of b; the division may still round.
        double div = (a - mod) / b;
        if (mod != 0.0) {
            if ((b < 0) != (mod < 0)) {
                mod += b;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, b);
        }
        double floorDiv;
        if (div != 0.0) {
            floorDiv = Math.floor(div);
            if (div - floorDiv > 0.5) {
                floorDiv += 1.0;
            }
        } else {
            floorDiv = Math.copySign(0.0, a / b);
        }
        return new double[] {floorDiv, mod};
    }

    /** {@code a ** b} for floats, CPython's {@code float_pow}; the platform {@code pow} only for the ordinary case. */
    static double pow(double a, double b) {
        if (b == 0.0) {
            return 1.0;
        }
        if (Double.isNaN(a)) {
            return a;
        }
        if (Double.isNaN(b)) {
            return a == 1.0 ? 1.0 : b;
        }
        if (Double.isInfinite(b)) {
            double magnitude = Math.abs(a);
            if (magnitude == 1.0) {
                return 1.0;
            }
            return (b > 0.0) == (magnitude > 1.0) ? Math.abs(b) : 0.0;
        }
        if (Double.isInfinite(a)) {
            boolean oddExponent = isOddInteger(b);
            if (b > 0.0) {
                return oddExponent ? a : Math.abs(a);
            }
            return oddExponent ? Math.copySign(0.0, a) : 0.0;
        }
        if (a == 0.0) {
            if (b < 0.0) {
                throw PythonError.zeroDivision("0.0 cannot be raised to a negative power");
            }
            return isOddInteger(b) ? a : 0.0;
        }
        boolean negate = false;
        if (a < 0.0) {
            if (b != Math.floor(b)) {
                throw new NotSupportedException("complex numbers (a negative float raised to a fractional power)");
            }
            a = -a;
            negate = isOddInteger(b);
        }
        if (a == 1.0) {
            return negate ? -1.0 : 1.0;
        }
        double result = Math.pow(a, b);
        if (Double.isInfinite(result)) {
            throw PythonError.overflowError("(34, 'Numerical result out of range')");
        }
        return negate ? -result : result;
    }

    private static boolean isOddInteger(double value) {
        // Doubles at or above 2**53 are all even integers.
        return Math.abs(value) < 0x1p53 && value == Math.floor(value) && ((long) value & 1) == 1;
    }
}
