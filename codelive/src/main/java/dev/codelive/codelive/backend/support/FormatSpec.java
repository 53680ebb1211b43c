package dev.codelive.codelive.backend.support;

import java.util.Optional;

/**
 * An f-string format spec ({@code f"{x:>8.2f}"}), {@code [[fill]align][sign][#][0][width][,|_][.precision][type]},
 * read for a backend that renders it with its own means. CPython's {@code z} flag is not read: no backend renders
 * it, and a {@code z} is taken for a presentation type, which every backend refuses. Each family of backends
 * renders a different part of the mini-language ({@link Subset}); {@link #parse} refuses the rest.
 *
 * @param fill the fill character as written, a space when none is
 * @param fillGiven whether the spec writes a fill (then a {@code 0} flag does not change it)
 * @param align {@code <}, {@code >}, {@code ^} or {@code =}; 0 when not given (the value's default applies)
 * @param sign {@code +}, {@code -} or {@code ' '}; 0 when not given
 * @param alternate the {@code #} flag
 * @param zero the {@code 0} flag before the width
 * @param width the minimum width, or -1
 * @param grouping {@code ,} or {@code _}; 0 when not given
 * @param precision the precision, or -1
 * @param type the presentation type, 0 when none
 */
public record FormatSpec(int fill, boolean fillGiven, char align, char sign, boolean alternate, boolean zero, int width,
                         char grouping, int precision, char type) {

    /** What a family of backends renders: the specs {@link #parse} accepts for it. */
    public enum Subset {
        /**
         * Rust's {@code format!} and Go's {@code fmt} verbs: any presentation type (the backend refuses those it has
         * no counterpart for), a printable ASCII fill, a width and a precision up to 1000.
         */
        RUST_GO(1000, 1000),
        /**
         * The SQL and Julia helpers: the types {@code d f e % x o b s}, {@code ,} grouping but not into zero
         * padding, no {@code #}, a width up to 10000.
         */
        SQL_JULIA(10_000, 9999),
        /**
         * The TypeScript and C# preludes, which parse the spec again at run time: ASCII letters and {@code %} as
         * types, no {@code #}, no character beyond U+FFFF, a width and a precision of four digits.
         */
        TS_CSHARP(9999, 9999);

        private final int maxWidth;
        private final int maxPrecision;

        Subset(int maxWidth, int maxPrecision) {
            this.maxWidth = maxWidth;
            this.maxPrecision = maxPrecision;
        }

        private boolean accepts(FormatSpec spec) {
            return switch (this) {
                case RUST_GO -> spec.fill >= 32 && spec.fill <= 126;
                case SQL_JULIA -> !spec.alternate && spec.grouping != '_' && (spec.type == 0 || "dfe%xobs".indexOf(spec.type) >= 0)
                        // CPython puts separators into zero padding: not rendered
                        && !(spec.grouping == ',' && spec.padding() == '0');
                case TS_CSHARP -> !spec.alternate && spec.fill <= 0xFFFF
                        && (spec.type == 0 || spec.type == '%' || spec.type < 128 && Character.isLetter(spec.type));
            };
        }
    }

    /** What a TypeScript or C# value is formatted as: bools with a non-empty spec format as ints. */
    public enum Kind {
        INT,
        FLOAT,
        STR
    }

    /** The spec, or empty when it is not one or uses something outside what {@code subset}'s backends render. */
    public static Optional<FormatSpec> parse(String spec, Subset subset) {
        int[] cps = spec.codePoints().toArray();
        int pos = 0;
        int fill = ' ';
        boolean fillGiven = cps.length >= 2 && isAlign(cps[1]);
        char align = 0;
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
        boolean alternate = pos < cps.length && cps[pos] == '#';
        if (alternate) {
            pos++;
        }
        boolean zero = pos < cps.length && cps[pos] == '0';
        if (zero) {
            pos++;
        }
        int widthStart = pos;
        pos = digits(cps, pos);
        int width = pos == widthStart ? -1 : number(cps, widthStart, pos, subset.maxWidth);
        char grouping = 0;
        if (pos < cps.length && (cps[pos] == ',' || cps[pos] == '_')) {
            grouping = (char) cps[pos++];
        }
        int precision = -1;
        if (pos < cps.length && cps[pos] == '.') {
            int precisionStart = ++pos;
            pos = digits(cps, pos);
            precision = pos == precisionStart ? Integer.MAX_VALUE : number(cps, precisionStart, pos, subset.maxPrecision);
        }
        char type = 0;
        if (pos < cps.length && cps[pos] > 0 && cps[pos] <= 0xFFFF) {
            // NUL is no type: CPython refuses it as an unknown presentation type
            type = (char) cps[pos++];
        }
        if (pos != cps.length || width == Integer.MAX_VALUE || precision == Integer.MAX_VALUE) {
            return Optional.empty();
        }
        FormatSpec parsed = new FormatSpec(fill, fillGiven, align, sign, alternate, zero, width, grouping, precision, type);
        return subset.accepts(parsed) ? Optional.of(parsed) : Optional.empty();
    }

    /** Why the TypeScript and C# preludes cannot format a value of this kind with the spec, or empty when they can. */
    public static Optional<String> preludeProblem(String spec, Kind kind) {
        Optional<FormatSpec> parsed = parse(spec, Subset.TS_CSHARP);
        if (parsed.isEmpty()) {
            return Optional.of("the format spec '" + spec + "'");
        }
        char type = parsed.get().type;
        boolean precision = parsed.get().precision >= 0;
        char grouping = parsed.get().grouping;
        boolean floatType = type != 0 && "eEfFgG%".indexOf(type) >= 0;
        return switch (kind) {
            case STR -> type != 0 && type != 's' || parsed.get().sign != 0 || parsed.get().align == '=' || grouping != 0
                    ? Optional.of("the format spec '" + spec + "' for a str") : Optional.empty();
            case INT -> {
                boolean intType = type == 0 || "dxXob".indexOf(type) >= 0;
                if (!intType && !floatType || intType && precision || grouping == ',' && !(type == 0 || type == 'd' || floatType)) {
                    yield Optional.of("the format spec '" + spec + "' for an int");
                }
                yield Optional.empty();
            }
            case FLOAT -> type != 0 && !floatType ? Optional.of("the format spec '" + spec + "' for a float") : Optional.empty();
        };
    }

    /** The end of the run of ASCII digits from {@code pos}. */
    private static int digits(int[] cps, int pos) {
        while (pos < cps.length && cps[pos] >= '0' && cps[pos] <= '9') {
            pos++;
        }
        return pos;
    }

    /**
     * The number the digits spell, or {@link Integer#MAX_VALUE} when it is above {@code max} or written with more
     * digits than {@code max} has (leading zeros included).
     */
    private static int number(int[] cps, int start, int end, int max) {
        if (end - start > String.valueOf(max).length()) {
            return Integer.MAX_VALUE;
        }
        int value = 0;
        for (int i = start; i < end; i++) {
            value = value * 10 + cps[i] - '0';
        }
        return value > max ? Integer.MAX_VALUE : value;
    }

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '^' || c == '=';
    }

    /** Whether only width, fill and alignment are set: the spec pads a finished string. */
    public boolean isPaddingOnly() {
        return sign == 0 && !alternate && !zero && grouping == 0 && precision < 0 && type == 0 && align != '=';
    }

    /** The character that pads: the fill as written, else {@code 0} under the {@code 0} flag, else a space. */
    public int padding() {
        return fillGiven ? fill : zero ? '0' : ' ';
    }

    /** The alignment in effect for a value whose type aligns this way by default ({@code <} for str, {@code >} for numbers). */
    public char alignFor(char typeDefault) {
        if (align != 0) {
            return align;
        }
        return zero && typeDefault == '>' ? '=' : typeDefault;
    }
}
