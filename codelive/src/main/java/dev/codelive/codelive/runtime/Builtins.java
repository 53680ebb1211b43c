package dev.codelive.codelive.runtime;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.UnaryOperator;

/**
 * Python's builtin functions over values, with CPython's results and errors. Argument-count and keyword checks for
 * calls by name are {@link BuiltinFunction}'s job; these take arguments already sorted out.
 */
public final class Builtins {
    /** CPython's {@code round(x, n)} limits: beyond them the result is x itself, or a signed zero. */
    private static final int ROUND_DIGITS_MAX = 323;
    private static final int ROUND_DIGITS_MIN = -308;

    private Builtins() {}

    public static PyInt len(PyObject value) {
        return PyInt.of(Sequences.length(value));
    }

    public static PyObject abs(PyObject value) {
        PyInt i = Operators.intLike(value);
        if (i != null) {
            return i.abs();
        }
        if (value instanceof PyFloat f) {
            return PyFloat.of(Math.abs(f.value()));
        }
        throw PythonError.typeError("bad operand type for abs(): '" + value.typeName() + "'");
    }

    /** {@code sum(iterable, start)}: a left fold with {@code +}, refusing a string start like CPython. */
    public static PyObject sum(PyObject iterable, PyObject start) {
        if (start instanceof PyStr) {
            throw PythonError.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        }
        Iterator<PyObject> items = Sequences.iterate(iterable);
        PyObject total = start;
        while (items.hasNext()) {
            total = Operators.binary(BinaryOp.ADD, total, items.next());
        }
        return total;
    }

    /** {@code min(iterable)}, {@code min(a, b, ...)}, {@code min(iterable, default=d)} (default may be null). */
    public static PyObject min(List<PyObject> args, PyObject defaultValue) {
        return extreme("min", CompareOp.LT, args, defaultValue, null);
    }

    /** {@code min(..., key=key)}: compares {@code key(item)}, computed once per item; null compares the items. */
    public static PyObject min(List<PyObject> args, PyObject defaultValue, UnaryOperator<PyObject> key) {
        return extreme("min", CompareOp.LT, args, defaultValue, key);
    }

    /** {@code max(iterable)}, {@code max(a, b, ...)}, {@code max(iterable, default=d)} (default may be null). */
    public static PyObject max(List<PyObject> args, PyObject defaultValue) {
        return extreme("max", CompareOp.GT, args, defaultValue, null);
    }

    /** {@code max(..., key=key)}: compares {@code key(item)}, computed once per item; null compares the items. */
    public static PyObject max(List<PyObject> args, PyObject defaultValue, UnaryOperator<PyObject> key) {
        return extreme("max", CompareOp.GT, args, defaultValue, key);
    }

    private static PyObject extreme(String name, CompareOp better, List<PyObject> args, PyObject defaultValue,
            UnaryOperator<PyObject> key) {
        if (args.isEmpty()) {
            throw PythonError.typeError(name + " expected at least 1 argument, got 0");
        }
        if (args.size() > 1 && defaultValue != null) {
            throw PythonError.typeError("Cannot specify a default for " + name
                    + "() with multiple positional arguments");
        }
        Iterator<PyObject> items = args.size() == 1 ? Sequences.iterate(args.get(0)) : args.iterator();
        if (!items.hasNext()) {
            if (defaultValue != null) {
                return defaultValue;
            }
            throw PythonError.valueError(name + "() arg is an empty sequence");
        }
        PyObject best = items.next();
        PyObject bestKey = key == null ? best : key.apply(best);
        while (items.hasNext()) {
            PyObject item = items.next();
            PyObject itemKey = key == null ? item : key.apply(item);
            // The first of equal items wins: only a strictly better item replaces it.
            if (Comparisons.compare(better, itemKey, bestKey)) {
                best = item;
                bestKey = itemKey;
            }
        }
        return best;
    }

    public static PyBool any(PyObject iterable) {
        Iterator<PyObject> items = Sequences.iterate(iterable);
        while (items.hasNext()) {
            if (Operators.truthy(items.next())) {
                return PyBool.TRUE;
            }
        }
        return PyBool.FALSE;
    }

    public static PyBool all(PyObject iterable) {
        Iterator<PyObject> items = Sequences.iterate(iterable);
        while (items.hasNext()) {
            if (!Operators.truthy(items.next())) {
                return PyBool.FALSE;
            }
        }
        return PyBool.TRUE;
    }

    /** {@code sorted(iterable, reverse=reverse)}: stable, comparing with {@code <} only. */
    public static PyList sorted(PyObject iterable, boolean reverse) {
        return sorted(iterable, reverse, null);
    }

    /** {@code sorted(iterable, key=key, reverse=reverse)}; a null key sorts the items themselves. */
    public static PyList sorted(PyObject iterable, boolean reverse, UnaryOperator<PyObject> key) {
        return PyList.copyOf(List.of(ListSort.sorted(Sequences.toList(iterable), reverse, key)));
    }

    /** {@code list.sort(reverse=reverse)} in place. */
    public static void sortInPlace(PyList list, boolean reverse) {
        sortInPlace(list, reverse, null);
    }

    /** {@code list.sort(key=key, reverse=reverse)} in place; a null key sorts the items themselves. */
    public static void sortInPlace(PyList list, boolean reverse, UnaryOperator<PyObject> key) {
        list.replaceAll(List.of(ListSort.sorted(list.items(), reverse, key)));
    }

    /** {@code reversed(sequence)}: lists, tuples, strings and ranges; iterators are not reversible. */
    public static PyIterator reversed(PyObject sequence) {
        return switch (sequence) {
            case PyList l -> new PyIterator("list_reverseiterator", reverseIndexed(l));
            case PyRange r -> new PyIterator("range_iterator", r.reversedIterator());
            case PyTuple t -> new PyIterator("reversed", List.copyOf(t.items()).reversed().iterator());
            case PyStr s -> new PyIterator("reversed", Sequences.toList(s).reversed().iterator());
            default -> throw PythonError.typeError("'" + sequence.typeName() + "' object is not reversible");
        };
    }

    /** CPython's list_reverseiterator: by index from the end, stopping early if the list shrinks. */
    private static Iterator<PyObject> reverseIndexed(PyList list) {
        return new Iterator<>() {
            private int index = list.size() - 1;

            @Override
            public boolean hasNext() {
                return index >= 0 && index < list.size();
            }

            @Override
            public PyObject next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return list.get(index--);
            }
        };
    }

    /** {@code next(iterator)}, or {@code next(iterator, fallback)} when fallback is not null. */
    public static PyObject next(PyObject iterator, PyObject fallback) {
        if (!(iterator instanceof PyIterator it)) {
            throw PythonError.typeError("'" + iterator.typeName() + "' object is not an iterator");
        }
        if (it.hasNext()) {
            return it.next();
        }
        if (fallback != null) {
            return fallback;
        }
        throw new PythonError("StopIteration", "");
    }

    /** {@code enumerate(iterable, start)}: (index, item) tuples, the index an unbounded int. */
    public static PyIterator enumerate(PyObject iterable, PyObject start) {
        PyInt first = Operators.intLike(start);
        if (first == null) {
            throw PythonError.typeError("'" + start.typeName() + "' object cannot be interpreted as an integer");
        }
        Iterator<PyObject> items = Sequences.iterate(iterable);
        return new PyIterator("enumerate", new Iterator<PyObject>() {
            private PyInt index = first;

            @Override
            public boolean hasNext() {
                return items.hasNext();
            }

            @Override
            public PyObject next() {
                PyTuple pair = PyTuple.of(index, items.next());
                index = index.add(PyInt.ONE);
                return pair;
            }
        });
    }

    /** {@code zip(*iterables)}: tuples until the shortest iterable ends. */
    public static PyIterator zip(List<PyObject> iterables) {
        List<Iterator<PyObject>> sources = new ArrayList<>(iterables.size());
        for (PyObject iterable : iterables) {
            sources.add(Sequences.iterate(iterable));
        }
        return new PyIterator("zip", new Iterator<PyObject>() {
            private PyObject[] pending;
            private boolean done = sources.isEmpty();

            @Override
            public boolean hasNext() {
                if (pending == null && !done) {
                    PyObject[] row = new PyObject[sources.size()];
                    for (int i = 0; i < row.length; i++) {
                        // Like CPython, stop at the first exhausted source without reading the later ones.
                        if (!sources.get(i).hasNext()) {
                            done = true;
                            return false;
                        }
                        row[i] = sources.get(i).next();
                    }
                    pending = row;
                }
                return pending != null;
            }

            @Override
            public PyObject next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                PyTuple row = PyTuple.of(pending);
                pending = null;
                return row;
            }
        });
    }

    /** {@code range(stop)}, {@code range(start, stop)} or {@code range(start, stop, step)}. */
    public static PyRange range(List<PyObject> args) {
        if (args.isEmpty()) {
            throw PythonError.typeError("range expected at least 1 argument, got 0");
        }
        if (args.size() > 3) {
            throw PythonError.typeError("range expected at most 3 arguments, got " + args.size());
        }
        long[] bounds = new long[args.size()];
        for (int i = 0; i < bounds.length; i++) {
            PyInt value = Operators.intLike(args.get(i));
            if (value == null) {
                throw PythonError.typeError("'" + args.get(i).typeName()
                        + "' object cannot be interpreted as an integer");
            }
            if (!value.fitsLong()) {
                throw new NotSupportedException("range bounds beyond 64-bit integers");
            }
            bounds[i] = value.longValue();
        }
        return switch (bounds.length) {
            case 1 -> PyRange.of(bounds[0]);
            case 2 -> PyRange.of(bounds[0], bounds[1], 1);
            default -> PyRange.of(bounds[0], bounds[1], bounds[2]);
        };
    }

    public static PyStr str(PyObject value) {
        return value instanceof PyStr s ? s : PyStr.of(Repr.str(value));
    }

    public static PyStr repr(PyObject value) {
        return PyStr.of(Repr.repr(value));
    }

    public static PyList list(PyObject iterable) {
        if (iterable instanceof PyList l) {
            return PyList.copyOf(l.items());
        }
        return PyList.copyOf(Sequences.toList(iterable));
    }

    public static PyTuple tuple(PyObject iterable) {
        return iterable instanceof PyTuple t ? t : PyTuple.copyOf(Sequences.toList(iterable));
    }

    /** {@code round(number, ndigits)}; ndigits is {@link PyNone#NONE} for {@code round(number)}. */
    public static PyObject round(PyObject number, PyObject ndigits) {
        PyInt i = Operators.intLike(number);
        if (!(number instanceof PyFloat) && i == null) {
            throw PythonError.typeError("type " + number.typeName() + " doesn't define __round__ method");
        }
        if (ndigits == PyNone.NONE) {
            if (i != null) {
                return i;
            }
            // Math.rint rounds half to even, as CPython's float.__round__ does.
            return Conversions.fromDouble(Math.rint(((PyFloat) number).value()));
        }
        PyInt digits = Operators.intLike(ndigits);
        if (digits == null) {
            throw PythonError.typeError("'" + ndigits.typeName() + "' object cannot be interpreted as an integer");
        }
        long n = digits.clampToLong();
        if (i != null) {
            return roundInt(i, n);
        }
        return PyFloat.of(roundDouble(((PyFloat) number).value(), n));
    }

    /** {@code round(int, n)}: unchanged for n >= 0, else to a multiple of 10**-n with ties to even. */
    private static PyInt roundInt(PyInt value, long n) {
        if (n >= 0) {
            return value;
        }
        if (-n > RuntimeLimits.MAX_INT_BITS) {
            return PyInt.ZERO;
        }
        BigDecimal rounded = new BigDecimal(value.bigValue()).setScale((int) n, RoundingMode.HALF_EVEN);
        return PyInt.of(rounded.toBigIntegerExact());
    }

    /** CPython's {@code double_round}: correctly rounded to n decimal places, half to even, back to the nearest float. */
    private static double roundDouble(double x, long n) {
        if (Double.isNaN(x) || Double.isInfinite(x) || n > ROUND_DIGITS_MAX) {
            return x;
        }
        if (n < ROUND_DIGITS_MIN) {
            return 0.0 * x;
        }
        BigDecimal rounded = new BigDecimal(x).setScale((int) n, RoundingMode.HALF_EVEN);
        double result = Double.parseDouble(rounded.toString());
        if (Double.isInfinite(result)) {
            throw PythonError.overflowError("rounded value too large to represent");
        }
        return result == 0.0 ? Math.copySign(0.0, x) : result;
    }

    /** {@code divmod(a, b)}. */
    public static PyTuple divmod(PyObject a, PyObject b) {
        PyInt x = Operators.intLike(a);
        PyInt y = Operators.intLike(b);
        if (x != null && y != null) {
            PyInt[] qr = x.divmod(y);
            return PyTuple.of(qr[0], qr[1]);
        }
        boolean numbers = (x != null || a instanceof PyFloat) && (y != null || b instanceof PyFloat);
        if (!numbers) {
            throw Operators.unsupported("divmod()", a, b);
        }
        double[] qr = FloatArithmetic.divmod(Operators.toDouble(a), Operators.toDouble(b));
        return PyTuple.of(PyFloat.of(qr[0]), PyFloat.of(qr[1]));
    }

    /** {@code pow(base, exp)} or, when modulus is not None, {@code pow(base, exp, mod)}. */
    public static PyObject pow(PyObject base, PyObject exp, PyObject modulus) {
        if (modulus == PyNone.NONE) {
            return Operators.binary(BinaryOp.POW, base, exp);
        }
        PyInt b = Operators.intLike(base);
        PyInt e = Operators.intLike(exp);
        PyInt m = Operators.intLike(modulus);
        if (b != null && e != null && m != null) {
            return b.modPow(e, m);
        }
        if (isNumber(base) && isNumber(exp) && isNumber(modulus)) {
            throw PythonError.typeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        throw PythonError.typeError("unsupported operand type(s) for ** or pow(): '" + base.typeName() + "', '"
                + exp.typeName() + "', '" + modulus.typeName() + "'");
    }

    private static boolean isNumber(PyObject value) {
        return Operators.intLike(value) != null || value instanceof PyFloat;
    }

    /**
     * The text {@code print(*args, sep=sep, end=end)} writes; {@code sep} and {@code end} are strings or
     * {@link PyNone#NONE} for the defaults.
     */
    public static String print(List<PyObject> args, PyObject sep, PyObject end) {
        String separator = printOption("sep", sep, " ");
        String terminator = printOption("end", end, "\n");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                out.append(separator);
            }
            out.append(Repr.str(args.get(i)));
        }
        return out.append(terminator).toString();
    }

    private static String printOption(String name, PyObject value, String fallback) {
        if (value == PyNone.NONE) {
            return fallback;
        }
        if (value instanceof PyStr s) {
            return s.value();
        }
        throw PythonError.typeError(name + " must be None or a string, not " + value.typeName());
    }

    public static PyInt hash(PyObject value) {
        return PyInt.of(Hashing.hash(value));
    }

    /** {@code format(value, spec)}. */
    public static PyStr format(PyObject value, PyObject spec) {
        if (!(spec instanceof PyStr s)) {
            throw PythonError.typeError("format() argument 2 must be str, not " + spec.typeName());
        }
        return PyStr.of(Formatter.format(value, s.value()));
    }

    public static PyStr chr(PyObject codePoint) {
        PyInt i = Operators.intLike(codePoint);
        if (i == null) {
            throw PythonError.typeError("'" + codePoint.typeName() + "' object cannot be interpreted as an integer");
        }
        if (!i.fitsLong() || i.longValue() < 0 || i.longValue() > Character.MAX_CODE_POINT) {
            throw PythonError.valueError("chr() arg not in range(0x110000)");
        }
        return PyStr.ofCodePoint((int) i.longValue());
    }

    public static PyInt ord(PyObject character) {
        if (!(character instanceof PyStr s)) {
            throw PythonError.typeError("ord() expected string of length 1, but " + character.typeName() + " found");
        }
        if (s.length() != 1) {
            throw PythonError.typeError("ord() expected a character, but string of length " + s.length()
                    + " found");
        }
        return PyInt.of(s.codePointAt(0));
    }

    /** {@code int(value)}; see {@link Conversions}. */
    public static PyInt toInt(PyObject value) {
        return Conversions.toInt(value);
    }

    /** {@code float(value)}; see {@link Conversions}. */
    public static PyFloat toFloat(PyObject value) {
        return value instanceof PyFloat f ? f : PyFloat.of(Conversions.toDouble(value));
    }

    public static PyBool bool(PyObject value) {
        return PyBool.of(Operators.truthy(value));
    }
}
