package dev.codelive.codelive.backend.support;

import java.util.Optional;

/**
 * The part of Python's format-spec mini-language the backends render:
 * {@code [[fill]align][sign][0][width][,][.precision][type]} with type one of {@code d f e % x o b s} or none.
 * Anything else ({@code #}, {@code _}, {@code g}, {@code n}, nested fields…) is not parsed, and the backend refuses.
 *
 * @param fill the padding character in effect ({@code 0} under the zero flag unless a fill was given)
 * @param align {@code <}, {@code >}, {@code ^} or {@code =}; 0 when not given (the type's default applies)
 * @param sign {@code +}, {@code -}, {@code ' '}; 0 when not given
 * @param zeroPad the {@code 0} flag (fill '0' with '=' alignment when no alignment is given)
 * @param width the minimum width, or -1
 * @param grouping whether {@code ,} separates thousands
 * @param precision the precision, or -1
 * @param type the presentation type, 0 when none
 */
public record PyFormatSpec(int fill, char align, char sign, boolean zeroPad, int width, boolean grouping, int precision, char type) {
    private static final int MAX_WIDTH = 10_000;

    /** The empty spec: {@code format(x, "")}, which is {@code str(x)}. */
    public boolean isEmpty() {
        return align == 0 && sign == 0 && !zeroPad && width < 0 && !grouping && precision < 0 && type == 0;
    }

    /** Parses a spec, or answers empty when it uses something outside the rendered subset. */
    public static Optional<PyFormatSpec> parse(String spec) {
        int[] cps = spec.codePoints().toArray();
        int pos = 0;
        int fill = ' ';
        char align = 0;
        boolean fillGiven = cps.length >= 2 && isAlign(cps[1]);
        if (fillGiven) {
            fill = cps[0];
            align = (char) cps[1];
            pos = 2;
        } else if (cps.length >= 1 && isAlign(cps[0])) {
            align = (char) cps[0];
            pos = 1;
        }
        char sign = 0;
        if (pos < cps.length && (cps[pos] == '+' || cps[pos] == '-' || cps[pos] == ' ')) {
            sign = (char) cps[pos++];
        }
        boolean zeroPad = false;
        if (pos < cps.length && cps[pos] == '0') {
            zeroPad = true;
            pos++;
        }
        int width = -1;
        int start = pos;
        while (pos < cps.length && cps[pos] >= '0' && cps[pos] <= '9' && pos - start < 5) {
            width = (width < 0 ? 0 : width * 10) + cps[pos++] - '0';
        }
        boolean grouping = false;
        if (pos < cps.length && cps[pos] == ',') {
            grouping = true;
            pos++;
        }
        int precision = -1;
        if (pos < cps.length && cps[pos] == '.') {
            pos++;
            int digits = pos;
            precision = 0;
            while (pos < cps.length && cps[pos] >= '0' && cps[pos] <= '9' && pos - digits < 4) {
                precision = precision * 10 + cps[pos++] - '0';
            }
            if (pos == digits) {
                return Optional.empty();
            }
        }
        char type = 0;
        if (pos < cps.length && "dfe%xobs".indexOf(cps[pos]) >= 0) {
            type = (char) cps[pos++];
        }
        if (zeroPad && !fillGiven) {
            fill = '0';
        }
        // CPython puts separators into zero padding: not rendered
        if (pos != cps.length || width > MAX_WIDTH || grouping && fill == '0') {
            return Optional.empty();
        }
        return Optional.of(new PyFormatSpec(fill, align, sign, zeroPad, width, grouping, precision, type));
    }

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '^' || c == '=';
    }

    /** The alignment in effect for a value whose type aligns this way by default ({@code <} for str, {@code >} for numbers). */
    public char alignFor(char typeDefault) {
        if (align != 0) {
            return align;
        }
        return zeroPad && typeDefault == '>' ? '=' : typeDefault;
    }
}
