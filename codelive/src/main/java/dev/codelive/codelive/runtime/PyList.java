package dev.codelive.codelive.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Python's {@code list}: a mutable sequence. Java equality is identity, as for any mutable object; Python's
 * {@code ==} compares items ({@link Comparisons#eq}).
 */
public final class PyList implements PyObject {
    private final ArrayList<PyObject> items;

    private PyList(ArrayList<PyObject> items) {
        this.items = items;
    }

    public PyList() {
        this(new ArrayList<>());
    }

    public static PyList of(PyObject... items) {
        return new PyList(new ArrayList<>(List.of(items)));
    }

    public static PyList copyOf(Collection<? extends PyObject> items) {
        RuntimeLimits.checkLength(items.size(), "the list");
        return new PyList(new ArrayList<>(items));
    }

    @Override
    public String typeName() {
        return "list";
    }

    /** A read-only live view of the items. */
    public List<PyObject> items() {
        return Collections.unmodifiableList(items);
    }

    public int size() {
        return items.size();
    }

    /** {@code self[index]} for an index already normalised into {@code [0, size())}. */
    public PyObject get(int index) {
        return items.get(index);
    }

    /** {@code self[index] = value} for an index already normalised into {@code [0, size())}. */
    public void set(int index, PyObject value) {
        items.set(index, value);
    }

    public void append(PyObject value) {
        RuntimeLimits.checkLength(items.size() + 1L, "the list");
        items.add(value);
    }

    /** Appends every item of the iterator; {@code a.extend(a)} must pass a snapshot, as CPython copies first. */
    public void extend(Iterator<? extends PyObject> iterator) {
        while (iterator.hasNext()) {
            append(iterator.next());
        }
    }

    /** {@code self.insert(index, value)} with CPython's clamping of out-of-range indices. */
    public void insert(long index, PyObject value) {
        long size = items.size();
        long at = index < 0 ? Math.max(0, index + size) : Math.min(index, size);
        RuntimeLimits.checkLength(size + 1, "the list");
        items.add((int) at, value);
    }

    /** Removes and returns the item at a normalised index. */
    PyObject removeAt(int index) {
        return items.remove(index);
    }

    public void clear() {
        items.clear();
    }

    public void reverse() {
        Collections.reverse(items);
    }

    public PyList slice(SliceIndices slice) {
        if (slice.step() == 1) {
            return new PyList(new ArrayList<>(items.subList((int) slice.start(),
                    (int) (slice.start() + slice.count()))));
        }
        ArrayList<PyObject> selected = new ArrayList<>((int) slice.count());
        for (long i = 0; i < slice.count(); i++) {
            selected.add(items.get((int) slice.position(i)));
        }
        return new PyList(selected);
    }

    /**
     * {@code self[slice] = values}: a step-1 slice may change the list's length; an extended slice must match in
     * size.
     */
    public void assignSlice(SliceIndices slice, List<PyObject> values) {
        if (slice.step() == 1) {
            int from = (int) slice.start();
            // CPython treats a stop before the start as an empty slice at start.
            int to = (int) Math.max(slice.start(), slice.stop());
            RuntimeLimits.checkLength((long) items.size() - (to - from) + values.size(), "the list");
            List<PyObject> window = items.subList(from, to);
            window.clear();
            window.addAll(values);
            return;
        }
        if (values.size() != slice.count()) {
            throw PythonError.valueError("attempt to assign sequence of size " + values.size()
                    + " to extended slice of size " + slice.count());
        }
        for (int i = 0; i < values.size(); i++) {
            items.set((int) slice.position(i), values.get(i));
        }
    }

    public PyList concat(PyList other) {
        RuntimeLimits.checkLength((long) items.size() + other.items.size(), "the list");
        ArrayList<PyObject> joined = new ArrayList<>(items.size() + other.items.size());
        joined.addAll(items);
        joined.addAll(other.items);
        return new PyList(joined);
    }

    /** {@code self * count}; a count below one gives an empty list. */
    public PyList repeat(long count) {
        PyList result = new PyList();
        result.repeatInPlace(count, items);
        return result;
    }

    /** {@code self *= count}. */
    public void repeatInPlace(long count) {
        List<PyObject> original = List.copyOf(items);
        items.clear();
        repeatInPlace(count, original);
    }

    private void repeatInPlace(long count, List<PyObject> source) {
        if (count <= 0 || source.isEmpty()) {
            return;
        }
        RuntimeLimits.checkRepeat(source.size(), count, "the list");
        items.ensureCapacity((int) (source.size() * count));
        for (long i = 0; i < count; i++) {
            items.addAll(source);
        }
    }

    /**
     * Iterates by index like CPython's list iterator: items appended during the loop are visited, and the loop ends
     * when the index passes the current size.
     */
    public Iterator<PyObject> iterator() {
        return new Iterator<>() {
            private int index;

            @Override
            public boolean hasNext() {
                return index < items.size();
            }

            @Override
            public PyObject next() {
                if (index >= items.size()) {
                    throw new NoSuchElementException();
                }
                return items.get(index++);
            }
        };
    }

    /** Replaces the contents with {@code sorted} items, for {@link ListSort}. */
    void replaceAll(List<PyObject> sorted) {
        items.clear();
        items.addAll(sorted);
    }

    @Override
    public String toString() {
        return Repr.repr(this);
    }
}
