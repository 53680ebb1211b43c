package dev.codelive.codelive.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Pattern;

/** The constructors {@code int()}, {@code float()} and {@code bool()}, with CPython's parsing of numeric strings. */
public final class Conversions {
    private static final Pattern DECIMAL_FLOAT = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern SPECIAL_FLOAT = Pattern.compile("[+-]?(inf|infinity|nan)",
            Pattern.CASE_INSENSITIVE);

    private Conversions() {}

    /** {@code int(value)}: truncates floats, parses strings in base 10, converts bools. */
    public static PyInt toInt(PyObject value) {
        return switch (value) {
            case PyInt i -> i;
            case PyBool b -> b.asInt();
            case PyFloat f -> fromDouble(f.value());
            case PyStr s -> parseInt(s, 10);
            default -> throw PythonError.typeError("int() argument must be a string, a bytes-like object or a real"
                    + " number, not '" + value.typeName() + "'");
        };
    }

    /** {@code int(text, base)} for a base of 0 (infer from the prefix) or 2 to 36. */
    public static PyInt toInt(PyObject value, PyObject base) {
        PyInt b = Operators.intLike(base);
        if (b == null) {
            throw PythonError.typeError("'" + base.typeName() + "' object cannot be interpreted as an integer");
        }
        if (!(value instanceof PyStr text)) {
            throw PythonError.typeError("int() can't convert non-string with explicit base");
        }
        long radix = b.fitsLong() ? b.longValue() : -1;
        if ((radix != 0 && radix < 2) || radix > 36) {
            throw PythonError.valueError("int() base must be >= 2 and <= 36, or 0");
        }
        return parseInt(text, (int) radix);
    }

    /** The integer a finite double holds after truncation toward zero, exactly, as CPython's PyLong_FromDouble. */
    public static PyInt fromDouble(double value) {
        if (Double.isNaN(value)) {
            throw PythonError.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(value)) {
            throw PythonError.overflowError("cannot convert float infinity to integer");
        }
        if (Math.abs(value) < 0x1p63) {
            return PyInt.of((long) value);
        }
        return PyInt.of(new BigDecimal(value).toBigInteger());
    }

    /** {@code float(value)}. */
    public static double toDouble(PyObject value) {
        return switch (value) {
            case PyFloat f -> f.value();
            case PyInt i -> i.toDouble();
            case PyBool b -> b.value() ? 1.0 : 0.0;
            case PyStr s -> parseFloat(s);
            default -> throw PythonError.typeError("float() argument must be a string or a real number, not '"
                    + value.typeName() + "'");
        };
    }

    /** PyFloat_AsDouble as the math functions use it: ints and floats only, with CPython's TypeError otherwise. */
    static double realToDouble(PyObject value) {
        if (value instanceof PyFloat f) {
            return f.value();
        }
        PyInt i = Operators.intLike(value);
        if (i == null) {
            throw PythonError.typeError("must be real number, not " + value.typeName());
        }
        return i.toDouble();
    }

    private static PyInt parseInt(PyStr original, int requestedBase) {
        int base = requestedBase;
        String text = strip(asciiDigitsAndSpaces(original.value()));
        int pos = 0;
        boolean negative = false;
        if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
            negative = text.charAt(pos) == '-';
            pos++;
        }
        boolean mustBeZero = false;
        if (base == 0) {
            if (pos >= text.length() || text.charAt(pos) != '0') {
                base = 10;
            } else if (pos + 1 < text.length() && "xX".indexOf(text.charAt(pos + 1)) >= 0) {
                base = 16;
            } else if (pos + 1 < text.length() && "oO".indexOf(text.charAt(pos + 1)) >= 0) {
                base = 8;
            } else if (pos + 1 < text.length() && "bB".indexOf(text.charAt(pos + 1)) >= 0) {
                base = 2;
            } else {
                // An old C-style octal literal such as 010 is invalid, though 0, 00 and 0_0 are fine.
                mustBeZero = true;
                base = 10;
            }
        }
        if (pos + 1 < text.length() && text.charAt(pos) == '0' && prefixMatches(text.charAt(pos + 1), base)) {
            pos += 2;
            if (pos < text.length() && text.charAt(pos) == '_') {
                pos++;
            }
        }
        StringBuilder digits = new StringBuilder();
        boolean valid = pos < text.length() && text.charAt(pos) != '_';
        char previous = 0;
        for (int i = pos; i < text.length() && valid; i++) {
            char c = text.charAt(i);
            if (c == '_') {
                valid = previous != '_';
            } else if (Character.digit(c, base) >= 0 && c < 128) {
                digits.append(c);
            } else {
                valid = false;
            }
            previous = c;
        }
        valid = valid && previous != '_' && !digits.isEmpty();
        if (valid && base != 2 && base != 4 && base != 8 && base != 16 && base != 32
                && digits.length() > RuntimeLimits.MAX_STR_DIGITS) {
            throw PythonError.valueError("Exceeds the limit (" + RuntimeLimits.MAX_STR_DIGITS + " digits) for integer"
                    + " string conversion: value has " + digits.length() + " digits; use"
                    + " sys.set_int_max_str_digits() to increase the limit");
        }
        BigInteger parsed = valid ? new BigInteger(digits.toString(), base) : null;
        if (parsed == null || (mustBeZero && parsed.signum() != 0)) {
            throw PythonError.valueError("invalid literal for int() with base " + requestedBase + ": "
                    + truncated(Repr.stringRepr(original.value()), 200));
        }
        RuntimeLimits.checkIntBits(parsed.bitLength(), "the parsed integer");
        return PyInt.of(negative ? parsed.negate() : parsed);
    }

    private static boolean prefixMatches(char c, int base) {
        return (base == 16 && (c == 'x' || c == 'X')) || (base == 8 && (c == 'o' || c == 'O'))
                || (base == 2 && (c == 'b' || c == 'B'));
    }

    private static double parseFloat(PyStr original) {
        String text = strip(asciiDigitsAndSpaces(original.value()));
        String withoutUnderscores = removeUnderscoresBetweenDigits(text);
        if (withoutUnderscores != null) {
            if (DECIMAL_FLOAT.matcher(withoutUnderscores).matches()) {
                return Double.parseDouble(withoutUnderscores);
            }
            if (SPECIAL_FLOAT.matcher(withoutUnderscores).matches()) {
                if (withoutUnderscores.toLowerCase(Locale.ROOT).endsWith("nan")) {
                    return Double.NaN;
                }
                return withoutUnderscores.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
        }
        throw PythonError.valueError("could not convert string to float: " + Repr.stringRepr(original.value()));
    }

    /** Underscores are allowed only singly between two digits; null when misplaced. */
    private static String removeUnderscoresBetweenDigits(String text) {
        if (text.indexOf('_') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '_') {
                boolean between = i > 0 && i + 1 < text.length() && isAsciiDigit(text.charAt(i - 1))
                        && isAsciiDigit(text.charAt(i + 1));
                if (!between) {
                    return null;
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * CPython's {@code _PyUnicode_TransformDecimalAndSpaceToASCII}: Unicode decimal digits become ASCII digits,
     * Unicode whitespace a space, and any other non-ASCII character a '?' that no parser accepts.
     */
    private static String asciiDigitsAndSpaces(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int width = Character.charCount(c);
            if (c >= 128) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                if (isSpace(c)) {
                    out.append(' ');
                } else if (Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
                    out.append((char) ('0' + Character.digit(c, 10)));
                } else {
                    out.append('?');
                }
            } else if (out != null) {
                out.append((char) c);
            }
            i += width;
        }
        return out == null ? text : out.toString();
    }

    private static String strip(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && isSpace(text.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(text.charAt(to - 1))) {
            to--;
        }
        return text.substring(from, to);
    }

    /** Python's {@code str.isspace} for one code point (bidirectional class WS, B or S, or category Zs). */
    static boolean isSpace(int c) {
        return (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x20) || c == 0x85 || c == 0xa0 || c == 0x1680
                || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f
                || c == 0x3000;
    }

    private static String truncated(String text, int maxCodePoints) {
        if (text.codePointCount(0, text.length()) <= maxCodePoints) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, maxCodePoints));
    }
}
