package dev.codelive.codelive.runtime;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** {@code repr()} and {@code str()} exactly as CPython 3.11 renders the subset's values. */
public final class Repr {
    /** Above this many bits an int certainly has more than {@link RuntimeLimits#MAX_STR_DIGITS} digits. */
    private static final long CERTAINLY_TOO_MANY_BITS = (long) Math.ceil(RuntimeLimits.MAX_STR_DIGITS
            * (Math.log(10) / Math.log(2))) + 1;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Repr() {}

    /** {@code repr(value)}. */
    public static String repr(PyObject value) {
        return switch (value) {
            case PyInt i -> intToString(i);
            case PyFloat f -> FloatFormatter.repr(f.value());
            case PyStr s -> stringRepr(s.value());
            default -> {
                StringBuilder out = new StringBuilder();
                appendRepr(out, value, new IdentityHashMap<>(), 0);
                yield out.toString();
            }
        };
    }

    /** {@code ascii(value)}: the repr with each non-ASCII character escaped ({@code ascii("é")} is {@code '\xe9'}). */
    public static String ascii(PyObject value) {
        String repr = repr(value);
        StringBuilder out = new StringBuilder(repr.length());
        for (int i = 0; i < repr.length(); ) {
            int c = repr.codePointAt(i);
            i += Character.charCount(c);
            if (c < 0x80) {
                out.append((char) c);
            } else if (c < 0x100) {
                hex(out.append("\\x"), c, 2);
            } else if (c < 0x10000) {
                hex(out.append("\\u"), c, 4);
            } else {
                hex(out.append("\\U"), c, 8);
            }
        }
        return out.toString();
    }

    /** {@code str(value)}: the text of a string, the repr of everything else. */
    public static String str(PyObject value) {
        return value instanceof PyStr s ? s.value() : repr(value);
    }

    /** {@code str(int)}, refusing more than 4300 digits with CPython's ValueError. */
    public static String intToString(PyInt value) {
        if (value.fitsLong()) {
            return Long.toString(value.longValue());
        }
        if (value.bitLength() > CERTAINLY_TOO_MANY_BITS) {
            throw tooManyDigits();
        }
        String text = value.toString();
        int digits = value.signum() < 0 ? text.length() - 1 : text.length();
        if (digits > RuntimeLimits.MAX_STR_DIGITS) {
            throw tooManyDigits();
        }
        return text;
    }

    private static PythonError tooManyDigits() {
        return PythonError.valueError("Exceeds the limit (" + RuntimeLimits.MAX_STR_DIGITS
                + " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
    }

    /** {@code repr(text)}: CPython's quote choice and escapes. */
    public static String stringRepr(String text) {
        boolean single = text.indexOf('\'') >= 0;
        boolean dbl = text.indexOf('"') >= 0;
        char quote = single && !dbl ? '"' : '\'';
        StringBuilder out = new StringBuilder(text.length() + 2);
        out.append(quote);
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == quote || c == '\\') {
                out.append('\\').appendCodePoint(c);
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c < ' ' || c == 0x7f) {
                hex(out.append("\\x"), c, 2);
            } else if (c < 0x7f || Printable.isPrintable(c)) {
                out.appendCodePoint(c);
            } else if (c < 0x100) {
                hex(out.append("\\x"), c, 2);
            } else if (c < 0x10000) {
                hex(out.append("\\u"), c, 4);
            } else {
                hex(out.append("\\U"), c, 8);
            }
        }
        return out.append(quote).toString();
    }

    private static void hex(StringBuilder out, int value, int width) {
        for (int shift = (width - 1) * 4; shift >= 0; shift -= 4) {
            out.append(HEX[(value >>> shift) & 0xf]);
        }
    }

    private static void appendRepr(StringBuilder out, PyObject value, Map<PyObject, Boolean> open, int depth) {
        switch (value) {
            case PyInt i -> out.append(intToString(i));
            case PyBool b -> out.append(b.value() ? "True" : "False");
            case PyFloat f -> out.append(FloatFormatter.repr(f.value()));
            case PyStr s -> out.append(stringRepr(s.value()));
            case PyNone n -> out.append("None");
            case PyRange r -> out.append(r);
            case PyList l -> appendItems(out, l, l.items(), "[", "]", open, depth);
            case PyTuple t -> appendItems(out, t, t.items(), "(", t.size() == 1 ? ",)" : ")", open, depth);
            case PyIterator it -> throw new NotSupportedException("the repr of a " + it.typeName()
                    + " object (CPython prints its memory address)");
        }
    }

    private static void appendItems(StringBuilder out, PyObject container, List<PyObject> items, String open,
            String close, Map<PyObject, Boolean> inProgress, int depth) {
        if (inProgress.containsKey(container)) {
            // A container that contains itself prints as [...] (or (...)), like CPython's Py_ReprEnter.
            out.append(open).append("...").append(close.substring(close.length() - 1));
            return;
        }
        if (depth >= RuntimeLimits.MAX_NESTING) {
            throw new PythonError("RecursionError", "maximum recursion depth exceeded while getting the repr of an"
                    + " object");
        }
        inProgress.put(container, Boolean.TRUE);
        out.append(open);
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            appendRepr(out, items.get(i), inProgress, depth + 1);
            // Lists can share items, so a small list can have an astronomically long repr.
            if (out.length() > RuntimeLimits.MAX_REPR_LENGTH) {
                throw new EvaluationBudgetException("the repr would have more than " + RuntimeLimits.MAX_REPR_LENGTH
                        + " characters");
            }
            RuntimeLimits.checkInterrupted();
        }
        out.append(close);
        inProgress.remove(container);
    }
}
