package dev.codelive.codelive.runtime;

import java.math.BigInteger;
import java.util.Locale;

/**
 * {@code format(value, spec)} — what f-strings and {@code str.format} apply to each replacement field — for ints,
 * bools, floats and strings, following CPython's {@code Python/formatter_unicode.c}: fill and alignment, sign,
 * {@code z}, {@code #}, zero padding, width, {@code ,} and {@code _} grouping, precision and the types
 * {@code b c d o x X e E f F g G %} and {@code s}. Locale-dependent {@code n} is refused.
 */
public final class Formatter {
    private Formatter() {}

    /** {@code format(value, spec)}. */
    public static String format(PyObject value, String spec) {
        if (spec.isEmpty()) {
            return Repr.str(value);
        }
        return switch (value) {
            case PyStr s -> formatString(s, FormatSpec.parse(spec, value, 's', '<'));
            case PyInt i -> formatIntOrFloat(value, i, FormatSpec.parse(spec, value, 'd', '>'));
            case PyBool b -> formatIntOrFloat(value, b.asInt(), FormatSpec.parse(spec, value, 'd', '>'));
            case PyFloat f -> formatFloat(value, f.value(), FormatSpec.parse(spec, value, 0, '>'));
            default -> throw PythonError.typeError("unsupported format string passed to " + value.typeName()
                    + ".__format__");
        };
    }

    private static String formatString(PyStr value, FormatSpec spec) {
        if (spec.type() != 's') {
            throw unknownType(spec, value);
        }
        if (spec.sign() != 0) {
            throw PythonError.valueError(spec.sign() == ' ' ? "Space not allowed in string format specifier"
                    : "Sign not allowed in string format specifier");
        }
        if (spec.noNegativeZero()) {
            throw PythonError.valueError("Negative zero coercion (z) not allowed in string format specifier");
        }
        if (spec.alternate()) {
            throw PythonError.valueError("Alternate form (#) not allowed in string format specifier");
        }
        if (spec.align() == '=') {
            throw PythonError.valueError("'=' alignment not allowed in string format specifier");
        }
        PyStr text = value;
        if (spec.precision() >= 0 && text.length() > spec.precision()) {
            text = text.slice(new SliceIndices(0, spec.precision(), 1, spec.precision()));
        }
        long padding = Math.max(0, spec.width() - text.length());
        checkWidth(spec);
        long left = switch (spec.align()) {
            case '>' -> padding;
            case '^' -> padding / 2;
            default -> 0;
        };
        StringBuilder out = new StringBuilder();
        repeat(out, spec.fill(), left);
        out.append(text.value());
        repeat(out, spec.fill(), padding - left);
        return out.toString();
    }

    private static String formatIntOrFloat(PyObject original, PyInt value, FormatSpec spec) {
        return switch (spec.type()) {
            case 'b', 'c', 'd', 'o', 'x', 'X' -> formatInt(original, value, spec);
            case 'e', 'E', 'f', 'F', 'g', 'G', '%' -> formatFloatSpec(value.toDouble(), spec);
            case 'n' -> throw new NotSupportedException("the locale-dependent format type 'n'");
            default -> throw unknownType(spec, original);
        };
    }

    private static String formatInt(PyObject original, PyInt value, FormatSpec spec) {
        if (spec.precision() != -1) {
            throw PythonError.valueError("Precision not allowed in integer format specifier");
        }
        if (spec.noNegativeZero()) {
            throw PythonError.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        }
        int type = spec.type();
        if (type == 'c') {
            if (spec.sign() != 0) {
                throw PythonError.valueError("Sign not allowed with integer format specifier 'c'");
            }
            if (spec.alternate()) {
                throw PythonError.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
            }
            if (!value.fitsLong() || value.longValue() < 0 || value.longValue() > 0x10ffff) {
                throw PythonError.overflowError("%c arg not in range(0x110000)");
            }
            // CPython lays out the character as a "remainder": it takes padding but no grouping.
            return layoutNumber(spec, false, "", "", false, Character.toString((int) value.longValue()));
        }
        boolean negative = value.signum() < 0;
        BigInteger magnitude = value.bigValue().abs();
        String digits;
        String prefix;
        switch (type) {
            case 'b' -> {
                digits = magnitude.toString(2);
                prefix = "0b";
            }
            case 'o' -> {
                digits = magnitude.toString(8);
                prefix = "0o";
            }
            case 'x' -> {
                digits = magnitude.toString(16);
                prefix = "0x";
            }
            case 'X' -> {
                digits = magnitude.toString(16).toUpperCase(Locale.ROOT);
                prefix = "0X";
            }
            default -> {
                digits = Repr.intToString(value.abs());
                prefix = "";
            }
        }
        return layoutNumber(spec, negative, spec.alternate() ? prefix : "", digits, false, "");
    }

    private static String formatFloat(PyObject original, double value, FormatSpec spec) {
        return switch (spec.type()) {
            case 'e', 'E', 'f', 'F', 'g', 'G', '%', 0 -> formatFloatSpec(value, spec);
            case 'n' -> throw new NotSupportedException("the locale-dependent format type 'n'");
            default -> throw unknownType(spec, original);
        };
    }

    /** CPython's {@code format_float_internal}. */
    private static String formatFloatSpec(double value, FormatSpec spec) {
        int type = spec.type();
        boolean addDot0 = false;
        int defaultPrecision = 6;
        if (type == 0) {
            // No type: repr() without a precision, else like 'g' but always with a digit after the point.
            addDot0 = true;
            type = 'r';
            defaultPrecision = 0;
        }
        boolean percent = false;
        if (type == '%') {
            type = 'f';
            value *= 100;
            percent = true;
        }
        if (spec.precision() > Integer.MAX_VALUE) {
            throw PythonError.valueError("precision too big");
        }
        int precision = (int) spec.precision();
        if (precision < 0) {
            precision = defaultPrecision;
        } else if (type == 'r') {
            type = 'g';
        }
        if (precision > RuntimeLimits.MAX_FORMAT_PRECISION) {
            throw new EvaluationBudgetException("a float formatted with " + precision + " digits");
        }
        String text = FloatFormatter.format(value, (char) type, precision, addDot0, spec.alternate(),
                spec.noNegativeZero());
        if (percent) {
            text += "%";
        }
        boolean negative = text.startsWith("-");
        if (negative) {
            text = text.substring(1);
        }
        int digitsEnd = 0;
        while (digitsEnd < text.length() && text.charAt(digitsEnd) >= '0' && text.charAt(digitsEnd) <= '9') {
            digitsEnd++;
        }
        boolean hasDecimal = digitsEnd < text.length() && text.charAt(digitsEnd) == '.';
        String remainder = text.substring(hasDecimal ? digitsEnd + 1 : digitsEnd);
        return layoutNumber(spec, negative, "", text.substring(0, digitsEnd), hasDecimal, remainder);
    }

    /**
     * CPython's {@code calc_number_widths} and {@code fill_number}: {@code [lpad][sign][prefix][spad]digits[.]
     * remainder[rpad]}, where zero padding with '=' alignment is grouped like the digits.
     */
    private static String layoutNumber(FormatSpec spec, boolean negative, String prefix, String digits,
            boolean hasDecimal, String remainder) {
        checkWidth(spec);
        String sign = switch (spec.sign()) {
            case '+' -> negative ? "-" : "+";
            case ' ' -> negative ? "-" : " ";
            default -> negative ? "-" : "";
        };
        long fixedWidth = sign.length() + prefix.length() + (hasDecimal ? 1 : 0)
                + remainder.codePointCount(0, remainder.length());
        long minWidth = spec.fill() == '0' && spec.align() == '=' ? spec.width() - fixedWidth : 0;
        String grouped = digits.isEmpty() ? "" : group(digits, minWidth, spec.grouping(), spec.digitGroup());
        long padding = Math.max(0, spec.width() - (fixedWidth + grouped.length()));
        long left = 0;
        long inner = 0;
        long right = 0;
        switch (spec.align()) {
            case '<' -> right = padding;
            case '^' -> {
                left = padding / 2;
                right = padding - left;
            }
            case '=' -> inner = padding;
            default -> left = padding;
        }
        StringBuilder out = new StringBuilder();
        repeat(out, spec.fill(), left);
        out.append(sign).append(prefix);
        repeat(out, spec.fill(), inner);
        out.append(grouped);
        if (hasDecimal) {
            out.append('.');
        }
        out.append(remainder);
        repeat(out, spec.fill(), right);
        return out.toString();
    }

    /**
     * CPython's {@code _PyUnicode_InsertThousandsGrouping}: separators every {@code size} digits from the right, and
     * leading zeros (grouped too) until {@code minWidth} characters are reached.
     */
    private static String group(String digits, long minWidth, char separator, int size) {
        StringBuilder reversed = new StringBuilder();
        int remaining = digits.length();
        long width = minWidth;
        if (separator == 0) {
            long total = Math.max(Math.max(remaining, width), 1);
            repeat(reversed, '0', total - remaining);
            return reversed.append(digits).toString();
        }
        boolean useSeparator = false;
        while (true) {
            long take = Math.min(size, Math.max(Math.max(remaining, width), 1));
            long zeros = Math.max(0, take - remaining);
            int chars = (int) Math.max(0, Math.min(remaining, take));
            if (useSeparator) {
                reversed.append(separator);
            }
            for (int i = 0; i < chars; i++) {
                reversed.append(digits.charAt(remaining - 1 - i));
            }
            repeat(reversed, '0', zeros);
            useSeparator = true;
            remaining -= chars;
            width -= size;
            if (remaining <= 0 && width <= 0) {
                break;
            }
            width -= 1;
        }
        return reversed.reverse().toString();
    }

    private static void checkWidth(FormatSpec spec) {
        RuntimeLimits.checkLength(spec.width(), "the formatted field");
    }

    private static void repeat(StringBuilder out, int codePoint, long count) {
        for (long i = 0; i < count; i++) {
            out.appendCodePoint(codePoint);
        }
    }

    private static PythonError unknownType(FormatSpec spec, PyObject value) {
        return PythonError.valueError("Unknown format code '" + spec.typeText() + "' for object of type '"
                + value.typeName() + "'");
    }
}
