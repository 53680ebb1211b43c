package dev.codelive.codelive.runtime;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Indexing, slicing, item assignment, membership, iteration and unpacking with CPython's rules and messages. */
public final class Sequences {
    private Sequences() {}

    /** {@code container[index]} with an int (or bool) index; negative indices count from the end. */
    public static PyObject getItem(PyObject container, PyObject index) {
        return switch (container) {
            case PyList l -> l.get(position(index, l.size(), "list"));
            case PyTuple t -> t.get(position(index, t.size(), "tuple"));
            case PyStr s -> s.charAt(position(index, s.length(), "string"));
            case PyRange r -> PyInt.of(r.get(rangePosition(r, index)));
            default -> throw notSubscriptable(container);
        };
    }

    /** {@code container[start:stop:step]}; each bound is {@link PyNone#NONE} when omitted. */
    public static PyObject getSlice(PyObject container, PyObject start, PyObject stop, PyObject step) {
        return switch (container) {
            case PyList l -> l.slice(SliceIndices.resolve(start, stop, step, l.size()));
            case PyTuple t -> t.slice(SliceIndices.resolve(start, stop, step, t.size()));
            case PyStr s -> s.slice(SliceIndices.resolve(start, stop, step, s.length()));
            case PyRange r -> r.slice(SliceIndices.resolve(start, stop, step, r.length()));
            default -> throw notSubscriptable(container);
        };
    }

    /** {@code container[index] = value}. */
    public static void setItem(PyObject container, PyObject index, PyObject value) {
        if (!(container instanceof PyList list)) {
            throw noItemAssignment(container);
        }
        PyInt i = Operators.intLike(index);
        if (i == null) {
            throw PythonError.typeError("list indices must be integers or slices, not " + index.typeName());
        }
        list.set(normalise(i, list.size(), "list assignment"), value);
    }

    /** {@code container[start:stop:step] = value}, where value is any iterable. */
    public static void setSlice(PyObject container, PyObject start, PyObject stop, PyObject step, PyObject value) {
        if (!(container instanceof PyList list)) {
            throw noItemAssignment(container);
        }
        SliceIndices slice = SliceIndices.resolve(start, stop, step, list.size());
        if (!isIterable(value)) {
            throw PythonError.typeError(slice.step() == 1 ? "can only assign an iterable"
                    : "must assign iterable to extended slice");
        }
        // Materialise first: the value may be the list itself (a[:] = a) or an iterator over it.
        list.assignSlice(slice, toList(value));
    }

    /** {@code len(value)}. */
    public static long length(PyObject value) {
        return switch (value) {
            case PyList l -> l.size();
            case PyTuple t -> t.size();
            case PyStr s -> s.length();
            case PyRange r -> r.length();
            default -> throw PythonError.typeError("object of type '" + value.typeName() + "' has no len()");
        };
    }

    /** {@code item in container}. */
    public static boolean contains(PyObject container, PyObject item) {
        switch (container) {
            case PyStr s -> {
                if (!(item instanceof PyStr sub)) {
                    throw PythonError.typeError("'in <string>' requires string as left operand, not "
                            + item.typeName());
                }
                return s.contains(sub);
            }
            case PyRange r -> {
                PyInt i = Operators.intLike(item);
                if (i != null) {
                    return r.contains(i);
                }
                return anyEqual(r.iterator(), item);
            }
            case PyList l -> {
                return anyEqual(l.iterator(), item);
            }
            case PyTuple t -> {
                return anyEqual(t.items().iterator(), item);
            }
            case PyIterator it -> {
                return anyEqual(it, item);
            }
            default -> throw PythonError.typeError("argument of type '" + container.typeName()
                    + "' is not iterable");
        }
    }

    /** Iterates a value as a {@code for} loop does; TypeError for a non-iterable. */
    public static Iterator<PyObject> iterate(PyObject value) {
        return switch (value) {
            case PyList l -> l.iterator();
            case PyTuple t -> t.items().iterator();
            case PyStr s -> s.characters();
            case PyRange r -> r.iterator();
            case PyIterator it -> it;
            default -> throw PythonError.typeError("'" + value.typeName() + "' object is not iterable");
        };
    }

    /** Python's {@code iter(value)}: an iterator object with CPython's type name. */
    public static PyIterator iter(PyObject value) {
        return switch (value) {
            case PyIterator it -> it;
            case PyList l -> new PyIterator("list_iterator", l.iterator());
            case PyTuple t -> new PyIterator("tuple_iterator", t.items().iterator());
            case PyStr s -> new PyIterator(isAscii(s) ? "str_ascii_iterator" : "str_iterator", s.characters());
            case PyRange r -> new PyIterator("range_iterator", r.iterator());
            default -> throw PythonError.typeError("'" + value.typeName() + "' object is not iterable");
        };
    }

    /** Whether {@link #iterate} accepts the value. */
    public static boolean isIterable(PyObject value) {
        return value instanceof PyList || value instanceof PyTuple || value instanceof PyStr
                || value instanceof PyRange || value instanceof PyIterator;
    }

    /** The items of an iterable, as {@code list(value)} would hold them. */
    public static List<PyObject> toList(PyObject value) {
        if (value instanceof PyTuple t) {
            return t.items();
        }
        if (value instanceof PyList l) {
            return List.copyOf(l.items());
        }
        List<PyObject> items = new ArrayList<>();
        Iterator<PyObject> iterator = iterate(value);
        while (iterator.hasNext()) {
            RuntimeLimits.checkLength(items.size() + 1L, "the sequence");
            items.add(iterator.next());
        }
        return items;
    }

    /** Tuple unpacking {@code a, b = value}: exactly {@code count} items, with CPython's errors otherwise. */
    public static List<PyObject> unpack(PyObject value, int count) {
        if (!isIterable(value)) {
            throw PythonError.typeError("cannot unpack non-iterable " + value.typeName() + " object");
        }
        Iterator<PyObject> iterator = iterate(value);
        List<PyObject> items = new ArrayList<>(count);
        while (items.size() < count && iterator.hasNext()) {
            items.add(iterator.next());
        }
        if (items.size() < count) {
            throw PythonError.valueError("not enough values to unpack (expected " + count + ", got " + items.size()
                    + ")");
        }
        if (iterator.hasNext()) {
            throw PythonError.valueError("too many values to unpack (expected " + count + ")");
        }
        return items;
    }

    /** Normalises an index for a sequence of {@code size} items, raising CPython's errors. */
    static int position(PyObject index, int size, String kind) {
        PyInt i = Operators.intLike(index);
        if (i == null) {
            throw PythonError.typeError(kind.equals("string")
                    ? "string indices must be integers, not '" + index.typeName() + "'"
                    : kind + " indices must be integers or slices, not " + index.typeName());
        }
        return normalise(i, size, kind);
    }

    private static int normalise(PyInt index, int size, String kind) {
        if (!index.fitsLong()) {
            throw PythonError.indexError("cannot fit 'int' into an index-sized integer");
        }
        long i = index.longValue();
        if (i < 0) {
            i += size;
        }
        if (i < 0 || i >= size) {
            throw PythonError.indexError(kind + " index out of range");
        }
        return (int) i;
    }

    private static long rangePosition(PyRange range, PyObject index) {
        PyInt i = Operators.intLike(index);
        if (i == null) {
            throw PythonError.typeError("range indices must be integers or slices, not " + index.typeName());
        }
        long length = range.length();
        if (!i.fitsLong()) {
            throw PythonError.indexError("range object index out of range");
        }
        long position = i.longValue() < 0 ? i.longValue() + length : i.longValue();
        if (position < 0 || position >= length) {
            throw PythonError.indexError("range object index out of range");
        }
        return position;
    }

    private static boolean anyEqual(Iterator<? extends PyObject> items, PyObject item) {
        while (items.hasNext()) {
            PyObject candidate = items.next();
            if (candidate == item || Comparisons.eq(candidate, item)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAscii(PyStr s) {
        return s.value().chars().allMatch(c -> c < 128);
    }

    private static PythonError notSubscriptable(PyObject value) {
        return PythonError.typeError("'" + value.typeName() + "' object is not subscriptable");
    }

    private static PythonError noItemAssignment(PyObject value) {
        return PythonError.typeError("'" + value.typeName() + "' object does not support item assignment");
    }
}
