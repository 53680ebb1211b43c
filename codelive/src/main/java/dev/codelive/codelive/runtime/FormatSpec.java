package dev.codelive.codelive.runtime;

/**
 * A parsed format specification, {@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]}, as CPython's
 * {@code parse_internal_render_format_spec} reads it. {@code type} is 0 when omitted; {@code width} and
 * {@code precision} are -1 when omitted; {@code grouping} is 0, {@code ','} or {@code '_'}.
 */
record FormatSpec(int fill, char align, char sign, boolean noNegativeZero, boolean alternate, long width,
        char grouping, long precision, int type) {

    /** Parses a non-empty spec for a value whose type has the given default presentation type and alignment. */
    static FormatSpec parse(String spec, PyObject value, int defaultType, char defaultAlign) {
        int[] cps = spec.codePoints().toArray();
        int pos = 0;
        int fill = ' ';
        char align = defaultAlign;
        boolean fillSpecified = false;
        boolean alignSpecified = false;
        if (cps.length - pos >= 2 && isAlign(cps[pos + 1])) {
            align = (char) cps[pos + 1];
            fill = cps[pos];
            fillSpecified = true;
            alignSpecified = true;
            pos += 2;
        } else if (cps.length - pos >= 1 && isAlign(cps[pos])) {
            align = (char) cps[pos];
            alignSpecified = true;
            pos++;
        }
        char sign = 0;
        if (pos < cps.length && (cps[pos] == '+' || cps[pos] == '-' || cps[pos] == ' ')) {
            sign = (char) cps[pos++];
        }
        boolean noNegativeZero = false;
        if (pos < cps.length && cps[pos] == 'z') {
            noNegativeZero = true;
            pos++;
        }
        boolean alternate = false;
        if (pos < cps.length && cps[pos] == '#') {
            alternate = true;
            pos++;
        }
        if (!fillSpecified && pos < cps.length && cps[pos] == '0') {
            fill = '0';
            if (!alignSpecified && defaultAlign == '>') {
                align = '=';
            }
            pos++;
        }
        int widthStart = pos;
        long width = 0;
        while (pos < cps.length && Character.getType(cps[pos]) == Character.DECIMAL_DIGIT_NUMBER) {
            width = accumulate(width, Character.digit(cps[pos], 10));
            pos++;
        }
        if (pos == widthStart) {
            width = -1;
        }
        char grouping = 0;
        if (pos < cps.length && cps[pos] == ',') {
            grouping = ',';
            pos++;
        }
        if (pos < cps.length && cps[pos] == '_') {
            if (grouping != 0) {
                throw PythonError.valueError("Cannot specify both ',' and '_'.");
            }
            grouping = '_';
            pos++;
        }
        if (pos < cps.length && cps[pos] == ',' && grouping == '_') {
            throw PythonError.valueError("Cannot specify both ',' and '_'.");
        }
        long precision = -1;
        if (pos < cps.length && cps[pos] == '.') {
            pos++;
            int precisionStart = pos;
            precision = 0;
            while (pos < cps.length && Character.getType(cps[pos]) == Character.DECIMAL_DIGIT_NUMBER) {
                precision = accumulate(precision, Character.digit(cps[pos], 10));
                pos++;
            }
            if (pos == precisionStart) {
                throw PythonError.valueError("Format specifier missing precision");
            }
        }
        if (cps.length - pos > 1) {
            throw PythonError.valueError("Invalid format specifier '" + spec + "' for object of type '"
                    + value.typeName() + "'");
        }
        int type = pos < cps.length ? cps[pos] : defaultType;
        if (grouping != 0) {
            grouping = checkGrouping(grouping, type);
        }
        return new FormatSpec(fill, align, sign, noNegativeZero, alternate, width, grouping, precision, type);
    }

    /** ',' and '_' apply to decimal and float types; '_' also to b, o, x, X (every four digits, see digitGroup). */
    private static char checkGrouping(char grouping, int type) {
        switch (type) {
            case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0 -> {
                return grouping;
            }
            case 'b', 'o', 'x', 'X' -> {
                if (grouping == '_') {
                    return grouping;
                }
            }
            default -> { }
        }
        if (type > 32 && type < 128) {
            throw PythonError.valueError("Cannot specify '" + grouping + "' with '" + (char) type + "'.");
        }
        throw PythonError.valueError("Cannot specify '" + grouping + "' with '\\x" + Integer.toHexString(type) + "'.");
    }

    private static long accumulate(long value, int digit) {
        if (value > (Long.MAX_VALUE - digit) / 10) {
            throw PythonError.valueError("Too many decimal digits in format string");
        }
        return value * 10 + digit;
    }

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    /** Digits per group: three for decimal, four for the power-of-two bases. */
    int digitGroup() {
        return type == 'b' || type == 'o' || type == 'x' || type == 'X' ? 4 : 3;
    }

    /** The type as text for error messages, escaped like CPython when it is not printable ASCII. */
    String typeText() {
        return type > 32 && type < 128 ? String.valueOf((char) type) : "\\x" + Integer.toHexString(type);
    }
}
