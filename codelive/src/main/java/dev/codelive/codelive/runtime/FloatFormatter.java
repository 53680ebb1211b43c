package dev.codelive.codelive.runtime;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * CPython's float to text conversion ({@code PyOS_double_to_string}): the shortest round-tripping repr and the
 * {@code e}, {@code f}, {@code g} formats, with CPython's layout rules (exponent from 1e16 and below 1e-4 in repr,
 * two-digit exponents, {@code .0} for integral values).
 *
 * <p>Digits come from Java's {@link Double#toString} (shortest since JDK 19) for repr, with one correction, and from the
 * exact {@link BigDecimal} value of the double with round-half-even for fixed precision, which is what David Gay's
 * {@code dtoa} computes for CPython.
 */
final class FloatFormatter {

    /** Digits {@code d1 d2 ...} (no trailing zeros, possibly empty) and the decimal point position: 0.d1d2... × 10^decpt. */
    private record Digits(String digits, int decpt) {}

    private FloatFormatter() {}

    /** {@code repr(x)} and {@code str(x)}. */
    static String repr(double value) {
        return format(value, 'r', 0, true, false, false);
    }

    /**
     * {@code PyOS_double_to_string}: code is one of {@code e E f F g G r}; {@code addDot0} appends {@code .0} to
     * integral fixed-point results, {@code alternate} is the {@code #} flag, {@code noNegativeZero} the {@code z} flag.
     */
    static String format(double value, char code, int precision, boolean addDot0, boolean alternate,
            boolean noNegativeZero) {
        boolean upper = Character.isUpperCase(code);
        char kind = Character.toLowerCase(code);
        if (Double.isNaN(value)) {
            return upper ? "NAN" : "nan";
        }
        boolean negative = Double.doubleToRawLongBits(value) < 0;
        if (Double.isInfinite(value)) {
            return (negative ? "-" : "") + (upper ? "INF" : "inf");
        }
        double magnitude = Math.abs(value);
        Digits digits = switch (kind) {
            case 'r' -> shortest(magnitude);
            case 'e' -> significant(magnitude, ++precision);
            case 'g' -> {
                precision = Math.max(precision, 1);
                yield significant(magnitude, precision);
            }
            case 'f' -> fixed(magnitude, precision);
            default -> throw new IllegalArgumentException("format code " + code);
        };
        if (noNegativeZero && negative && (digits.digits().isEmpty() || digits.digits().equals("0"))) {
            negative = false;
        }
        return layout(digits, kind, precision, negative, addDot0, alternate, upper);
    }

    /** CPython's {@code format_float_short} layout of the digits. */
    private static String layout(Digits d, char kind, int precision, boolean negative, boolean addDot0,
            boolean alternate, boolean upper) {
        String digits = d.digits();
        int digitsLength = digits.length();
        long decpt = d.decpt();
        long end = digitsLength;
        boolean useExponent = false;
        switch (kind) {
            case 'e' -> {
                useExponent = true;
                end = precision;
            }
            case 'f' -> end = decpt + precision;
            case 'g' -> {
                if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) {
                    useExponent = true;
                }
                if (alternate) {
                    end = precision;
                }
            }
            default -> useExponent = decpt <= -4 || decpt > 16;
        }
        long exponent = 0;
        if (useExponent) {
            exponent = decpt - 1;
            decpt = 1;
        }
        long start = decpt <= 0 ? decpt - 1 : 0;
        end = Math.max(end, !useExponent && addDot0 ? decpt + 1 : decpt);

        StringBuilder out = new StringBuilder();
        if (negative) {
            out.append('-');
        }
        if (decpt <= 0) {
            zeros(out, decpt - start);
            out.append('.');
            zeros(out, -decpt);
        } else {
            zeros(out, -start);
        }
        if (0 < decpt && decpt <= digitsLength) {
            out.append(digits, 0, (int) decpt).append('.').append(digits, (int) decpt, digitsLength);
        } else {
            out.append(digits);
        }
        if (digitsLength < decpt) {
            zeros(out, decpt - digitsLength);
            out.append('.');
            zeros(out, end - decpt);
        } else {
            zeros(out, end - digitsLength);
        }
        if (out.charAt(out.length() - 1) == '.' && !alternate) {
            out.setLength(out.length() - 1);
        }
        if (useExponent) {
            out.append(upper ? 'E' : 'e').append(exponent < 0 ? '-' : '+');
            long magnitude = Math.abs(exponent);
            if (magnitude < 10) {
                out.append('0');
            }
            out.append(magnitude);
        }
        return out.toString();
    }

    private static void zeros(StringBuilder out, long count) {
        for (long i = 0; i < count; i++) {
            out.append('0');
        }
    }

    /** The shortest digits that round-trip, closest to the value among the shortest (dtoa mode 0). */
    private static Digits shortest(double value) {
        if (value == 0.0) {
            return new Digits("0", 1);
        }
        String text = Double.toString(value);
        int e = text.indexOf('E');
        int exponent = e < 0 ? 0 : Integer.parseInt(text.substring(e + 1));
        String mantissa = e < 0 ? text : text.substring(0, e);
        int dot = mantissa.indexOf('.');
        String all = mantissa.substring(0, dot) + mantissa.substring(dot + 1);
        int lead = 0;
        while (lead < all.length() - 1 && all.charAt(lead) == '0') {
            lead++;
        }
        Digits digits = trimmed(all.substring(lead), dot + exponent - lead);
        // Java picks the closest two-digit decimal when one digit would do (4.9E-324); CPython wants one digit.
        return digits.digits().length() == 2 ? oneDigitIfRoundTrips(value, digits) : digits;
    }

    private static Digits oneDigitIfRoundTrips(double value, Digits twoDigits) {
        int first = twoDigits.digits().charAt(0) - '0';
        int decpt = twoDigits.decpt();
        Digits down = new Digits(String.valueOf(first), decpt);
        Digits up = first == 9 ? new Digits("1", decpt + 1) : new Digits(String.valueOf(first + 1), decpt);
        boolean downWorks = parse(down) == value;
        boolean upWorks = parse(up) == value;
        if (downWorks && upWorks) {
            BigDecimal exact = new BigDecimal(value);
            int closer = exact.subtract(decimal(down)).abs().compareTo(decimal(up).subtract(exact).abs());
            return closer < 0 || (closer == 0 && first % 2 == 0) ? down : up;
        }
        return downWorks ? down : upWorks ? up : twoDigits;
    }

    private static double parse(Digits d) {
        return Double.parseDouble(d.digits() + "E" + (d.decpt() - d.digits().length()));
    }

    private static BigDecimal decimal(Digits d) {
        return new BigDecimal(d.digits()).scaleByPowerOfTen(d.decpt() - d.digits().length());
    }

    /** The value correctly rounded (half-even) to {@code n} significant digits (dtoa mode 2). */
    private static Digits significant(double value, int n) {
        if (value == 0.0) {
            return new Digits("0", 1);
        }
        return of(new BigDecimal(value).round(new MathContext(n, RoundingMode.HALF_EVEN)));
    }

    /** The value correctly rounded (half-even) to {@code n} digits after the point (dtoa mode 3). */
    private static Digits fixed(double value, int n) {
        if (value == 0.0) {
            return new Digits("0", 1);
        }
        BigDecimal rounded = new BigDecimal(value).setScale(n, RoundingMode.HALF_EVEN);
        return rounded.signum() == 0 ? new Digits("", -n) : of(rounded);
    }

    private static Digits of(BigDecimal rounded) {
        String unscaled = rounded.unscaledValue().toString();
        return trimmed(unscaled, unscaled.length() - rounded.scale());
    }

    private static Digits trimmed(String digits, int decpt) {
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        return new Digits(digits.substring(0, end), decpt);
    }
}
