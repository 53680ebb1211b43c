package dev.codelive.codelive.runtime;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Python's {@code str}: an immutable sequence of Unicode code points. Lengths, indices and ordering count code points,
 * not Java's UTF-16 units, so {@code len('😀') == 1} as in CPython.
 */
public final class PyStr implements PyObject, Comparable<PyStr> {
    public static final PyStr EMPTY = new PyStr("", 0);
    private static final PyStr[] ASCII = new PyStr[128];

    static {
        for (int c = 0; c < ASCII.length; c++) {
            ASCII[c] = new PyStr(String.valueOf((char) c), 1);
        }
    }

    private final String value;
    private final int length;

    private PyStr(String value, int length) {
        this.value = value;
        this.length = length;
    }

    public static PyStr of(String value) {
        if (value.isEmpty()) {
            return EMPTY;
        }
        if (value.length() == 1 && value.charAt(0) < 128) {
            return ASCII[value.charAt(0)];
        }
        return new PyStr(value, value.codePointCount(0, value.length()));
    }

    /** The one-character string for a code point, like {@code chr(codePoint)}. */
    public static PyStr ofCodePoint(int codePoint) {
        return codePoint < 128 ? ASCII[codePoint] : new PyStr(Character.toString(codePoint), 1);
    }

    @Override
    public String typeName() {
        return "str";
    }

    public String value() {
        return value;
    }

    /** {@code len(self)} in code points. */
    public int length() {
        return length;
    }

    public boolean isEmpty() {
        return length == 0;
    }

    /** True when every code point is one UTF-16 unit, so char indices are code point indices. */
    private boolean simple() {
        return length == value.length();
    }

    /** The code point at index {@code 0 <= index < length()}. */
    public int codePointAt(int index) {
        return simple() ? value.charAt(index) : value.codePointAt(value.offsetByCodePoints(0, index));
    }

    /** {@code self[index]} for an index already normalised into {@code [0, length())}. */
    public PyStr charAt(int index) {
        return ofCodePoint(codePointAt(index));
    }

    public PyStr slice(SliceIndices slice) {
        if (slice.count() == 0) {
            return EMPTY;
        }
        if (slice.step() == 1) {
            if (simple()) {
                return of(value.substring((int) slice.start(), (int) slice.stop()));
            }
            int from = value.offsetByCodePoints(0, (int) slice.start());
            int to = value.offsetByCodePoints(from, (int) (slice.stop() - slice.start()));
            return of(value.substring(from, to));
        }
        int[] codePoints = simple() ? null : value.codePoints().toArray();
        StringBuilder out = new StringBuilder((int) slice.count());
        for (long i = 0; i < slice.count(); i++) {
            int position = (int) slice.position(i);
            if (codePoints == null) {
                out.append(value.charAt(position));
            } else {
                out.appendCodePoint(codePoints[position]);
            }
        }
        return of(out.toString());
    }

    public PyStr concat(PyStr other) {
        if (other.length == 0) {
            return this;
        }
        if (length == 0) {
            return other;
        }
        RuntimeLimits.checkLength((long) length + other.length, "the string");
        return new PyStr(value + other.value, length + other.length);
    }

    /** {@code self * count}; a count below one gives the empty string. */
    public PyStr repeat(long count) {
        if (count <= 0 || length == 0) {
            return EMPTY;
        }
        if (count == 1) {
            return this;
        }
        RuntimeLimits.checkRepeat(length, count, "the string");
        return new PyStr(value.repeat((int) count), (int) (length * count));
    }

    /** {@code other in self}: substring containment. */
    public boolean contains(PyStr other) {
        return value.contains(other.value);
    }

    /** Code point order, which is Python's string order (UTF-16 order differs above U+FFFF). */
    @Override
    public int compareTo(PyStr other) {
        if (simple() && other.simple()) {
            return value.compareTo(other.value);
        }
        int i = 0;
        int j = 0;
        while (i < value.length() && j < other.value.length()) {
            int a = value.codePointAt(i);
            int b = other.value.codePointAt(j);
            if (a != b) {
                return Integer.compare(a, b);
            }
            i += Character.charCount(a);
            j += Character.charCount(b);
        }
        return Boolean.compare(i < value.length(), j < other.value.length());
    }

    /** The one-character strings of this string, in order, as {@code for c in s} yields them. */
    public Iterator<PyObject> characters() {
        return new Iterator<>() {
            private int offset;

            @Override
            public boolean hasNext() {
                return offset < value.length();
            }

            @Override
            public PyObject next() {
                if (offset >= value.length()) {
                    throw new NoSuchElementException();
                }
                int codePoint = value.codePointAt(offset);
                offset += Character.charCount(codePoint);
                return ofCodePoint(codePoint);
            }
        };
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PyStr that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The text itself, as {@code str(self)} gives it. */
    @Override
    public String toString() {
        return value;
    }
}
