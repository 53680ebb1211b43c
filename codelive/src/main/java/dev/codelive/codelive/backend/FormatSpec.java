package dev.codelive.codelive.backend;

import java.util.Optional;

/**
 * An f-string format spec, {@code [[fill]align][sign][#][0][width][,|_][.precision][type]}, parsed for backends that
 * translate it to their own formatting. Absent parts: {@code align}, {@code sign}, {@code grouping} and {@code type}
 * are 0, {@code width} and {@code precision} -1.
 */
public record FormatSpec(char fill, char align, char sign, boolean alternate, boolean zero, int width, char grouping,
                         int precision, char type) {
    private static final int MAX_WIDTH = 1000;

    /** The spec, or empty when it has a part no backend translates (the {@code z} flag, huge widths, non-ASCII fill). */
    public static Optional<FormatSpec> parse(String spec) {
        int pos = 0;
        char fill = ' ';
        char align = 0;
        if (spec.length() >= 2 && isAlign(spec.charAt(1))) {
            fill = spec.charAt(0);
            align = spec.charAt(1);
            pos = 2;
        } else if (!spec.isEmpty() && isAlign(spec.charAt(0))) {
            align = spec.charAt(0);
            pos = 1;
        }
        char sign = 0;
        if (pos < spec.length() && "+- ".indexOf(spec.charAt(pos)) >= 0) {
            sign = spec.charAt(pos++);
        }
        boolean alternate = false;
        if (pos < spec.length() && spec.charAt(pos) == '#') {
            alternate = true;
            pos++;
        }
        boolean zero = false;
        if (pos < spec.length() && spec.charAt(pos) == '0') {
            zero = true;
            pos++;
        }
        int start = pos;
        while (pos < spec.length() && Character.isDigit(spec.charAt(pos)) && spec.charAt(pos) < 128) {
            pos++;
        }
        int width = pos == start ? -1 : parseSmall(spec.substring(start, pos));
        char grouping = 0;
        if (pos < spec.length() && (spec.charAt(pos) == ',' || spec.charAt(pos) == '_')) {
            grouping = spec.charAt(pos++);
        }
        int precision = -1;
        if (pos < spec.length() && spec.charAt(pos) == '.') {
            pos++;
            start = pos;
            while (pos < spec.length() && Character.isDigit(spec.charAt(pos)) && spec.charAt(pos) < 128) {
                pos++;
            }
            if (pos == start) {
                return Optional.empty();
            }
            precision = parseSmall(spec.substring(start, pos));
        }
        char type = 0;
        if (pos < spec.length()) {
            type = spec.charAt(pos++);
        }
        if (pos != spec.length() || width > MAX_WIDTH || precision > MAX_WIDTH || fill > 126 || fill < 32) {
            return Optional.empty();
        }
        return Optional.of(new FormatSpec(fill, align, sign, alternate, zero, width, grouping, precision, type));
    }

    private static int parseSmall(String digits) {
        return digits.length() > 4 ? Integer.MAX_VALUE : Integer.parseInt(digits);
    }

    private static boolean isAlign(char c) {
        return c == '<' || c == '>' || c == '^' || c == '=';
    }

    /** Whether only width, fill and alignment are set: the spec pads a finished string. */
    public boolean isPaddingOnly() {
        return sign == 0 && !alternate && !zero && grouping == 0 && precision < 0 && type == 0 && align != '=';
    }
}
