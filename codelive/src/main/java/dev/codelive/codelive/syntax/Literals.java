package dev.codelive.codelive.syntax;

import java.math.BigInteger;
import java.util.Locale;

/** Values of number and string literal tokens: Python's digit rules and escape sequences. */
final class Literals {
    /** CPython refuses longer decimal literals, since converting them takes quadratic time (see int_max_str_digits). */
    static final int MAX_DECIMAL_DIGITS = 4300;

    private Literals() {}

    static BigInteger integer(Token token) {
        String text = token.text().replace("_", "");
        if (text.length() > 1 && text.charAt(0) == '0' && Character.isLetter(text.charAt(1))) {
            int bitsPerDigit = switch (Character.toLowerCase(text.charAt(1))) {
                case 'x' -> 4;
                case 'o' -> 3;
                default -> 1;
            };
            return fromBits(text.substring(2), bitsPerDigit);
        }
        if (text.length() > MAX_DECIMAL_DIGITS) {
            throw new SyntaxProblem("Exceeds the limit (" + MAX_DECIMAL_DIGITS + " digits) for integer string "
                    + "conversion: value has " + text.length() + " digits", token.position());
        }
        return new BigInteger(text);
    }

    /**
     * The value of hexadecimal, octal or binary digits, in linear time: {@code new BigInteger(digits, 16)} takes
     * quadratic time, which 64 KB of hex digits would turn into a tenth of a second.
     */
    private static BigInteger fromBits(String digits, int bitsPerDigit) {
        byte[] magnitude = new byte[(digits.length() * bitsPerDigit + 7) / 8];
        int bit = 0;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int value = Character.digit(digits.charAt(i), 1 << bitsPerDigit);
            for (int b = 0; b < bitsPerDigit; b++, bit++) {
                if ((value >> b & 1) != 0) {
                    magnitude[magnitude.length - 1 - bit / 8] |= (byte) (1 << bit % 8);
                }
            }
        }
        return new BigInteger(1, magnitude);
    }

    static double floating(Token token) {
        // The lexer has checked Python's float syntax, which Java's parser accepts; both round to nearest.
        return Double.parseDouble(token.text().replace("_", ""));
    }

    /** The value of a string literal token, prefix and quotes removed, escapes decoded unless raw. */
    static String string(String source, Token token) {
        int prefix = prefixLength(token);
        boolean raw = token.text().substring(0, prefix).toLowerCase(Locale.ROOT).contains("r");
        int quotes = quoteLength(token, prefix);
        return decode(source, token, token.start() + prefix + quotes, token.end() - quotes, raw);
    }

    static int prefixLength(Token token) {
        String text = token.text();
        int i = 0;
        while (text.charAt(i) != '\'' && text.charAt(i) != '"') {
            i++;
        }
        return i;
    }

    static int quoteLength(Token token, int prefix) {
        String text = token.text();
        char quote = text.charAt(prefix);
        boolean triple = text.length() >= prefix + 6 && text.charAt(prefix + 1) == quote
                && text.charAt(prefix + 2) == quote;
        return triple ? 3 : 1;
    }

    /**
     * Decodes {@code source[from, to)}, part of the string literal {@code token}: escapes (unless raw), and every
     * line ending as {@code \n}, as Python reads source files.
     */
    static String decode(String source, Token token, int from, int to, boolean raw) {
        StringBuilder out = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            char c = source.charAt(i);
            if (c == '\r') {
                out.append('\n');
                i += i + 1 < to && source.charAt(i + 1) == '\n' ? 2 : 1;
            } else if (c != '\\' || i + 1 >= to) {
                out.append(c);
                i++;
            } else if (raw) {
                // A raw string keeps the backslash, and the character after it (even a quote or a newline) as is.
                out.append(c);
                i++;
            } else {
                i = escape(source, token, i, to, out);
            }
        }
        return out.toString();
    }

    /** Decodes the escape at {@code source[at]} (a backslash) into {@code out}; returns the offset after it. */
    private static int escape(String source, Token token, int at, int to, StringBuilder out) {
        char c = source.charAt(at + 1);
        int next = at + 2;
        switch (c) {
            case '\n' -> { }
            case '\r' -> next += next < to && source.charAt(next) == '\n' ? 1 : 0;
            case '\\', '\'', '"' -> out.append(c);
            case 'a' -> out.append('\u0007');
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 'n' -> out.append('\n');
            case 'r' -> out.append('\r');
            case 't' -> out.append('\t');
            case 'v' -> out.append('\u000B');
            case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                int value = c - '0';
                for (int k = 0; k < 2 && next < to && source.charAt(next) >= '0' && source.charAt(next) <= '7'; k++) {
                    value = value * 8 + source.charAt(next++) - '0';
                }
                out.append((char) value);
            }
            case 'x' -> next = hexEscape(source, token, at, to, 2, out);
            case 'u' -> next = hexEscape(source, token, at, to, 4, out);
            case 'U' -> next = hexEscape(source, token, at, to, 8, out);
            case 'N' -> next = namedEscape(source, token, at, to, out);
            default -> {
                // Python keeps an unknown escape as it is (and warns): "\d" is a backslash and a d.
                out.append('\\');
                next = at + 1;
            }
        }
        return next;
    }

    private static int hexEscape(String source, Token token, int at, int to, int digits, StringBuilder out) {
        int value = 0;
        int i = at + 2;
        for (int k = 0; k < digits; k++, i++) {
            int digit = i < to ? Character.digit(source.charAt(i), 16) : -1;
            if (digit < 0 || source.charAt(i) >= 0x80) {
                String form = "\\" + source.charAt(at + 1) + "X".repeat(digits);
                throw new SyntaxProblem("truncated " + form + " escape", token.positionOf(source, at));
            }
            value = value * 16 + digit;
        }
        if (value < 0 || value > Character.MAX_CODE_POINT) {
            throw new SyntaxProblem("illegal Unicode character in escape", token.positionOf(source, at));
        }
        out.appendCodePoint(value);
        return i;
    }

    private static int namedEscape(String source, Token token, int at, int to, StringBuilder out) {
        int open = at + 2;
        int close = open < to && source.charAt(open) == '{' ? source.indexOf('}', open) : -1;
        if (close < 0 || close >= to || close == open + 1) {
            throw new SyntaxProblem("malformed \\N character escape", token.positionOf(source, at));
        }
        try {
            out.appendCodePoint(Character.codePointOf(source.substring(open + 1, close)));
        } catch (IllegalArgumentException e) {
            throw new SyntaxProblem("unknown Unicode character name", token.positionOf(source, at));
        }
        return close + 1;
    }

    /** Whether Python's {@code str.isprintable} would say so: not a control, format, separator or unassigned code. */
    static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }
}
