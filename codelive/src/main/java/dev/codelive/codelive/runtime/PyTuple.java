package dev.codelive.codelive.runtime;

import java.util.List;

/** Python's {@code tuple}: an immutable sequence. Java equality compares the items' representations. */
public final class PyTuple implements PyObject {
    public static final PyTuple EMPTY = new PyTuple(List.of());

    private final List<PyObject> items;

    private PyTuple(List<PyObject> items) {
        this.items = items;
    }

    public static PyTuple of(PyObject... items) {
        return items.length == 0 ? EMPTY : new PyTuple(List.of(items));
    }

    public static PyTuple copyOf(List<? extends PyObject> items) {
        return items.isEmpty() ? EMPTY : new PyTuple(List.copyOf(items));
    }

    @Override
    public String typeName() {
        return "tuple";
    }

    /** The items, unmodifiable. */
    public List<PyObject> items() {
        return items;
    }

    public int size() {
        return items.size();
    }

    /** {@code self[index]} for an index already normalised into {@code [0, size())}. */
    public PyObject get(int index) {
        return items.get(index);
    }

    public PyTuple slice(SliceIndices slice) {
        if (slice.step() == 1) {
            return copyOf(items.subList((int) slice.start(), (int) (slice.start() + slice.count())));
        }
        PyObject[] selected = new PyObject[(int) slice.count()];
        for (int i = 0; i < selected.length; i++) {
            selected[i] = items.get((int) slice.position(i));
        }
        return of(selected);
    }

    public PyTuple concat(PyTuple other) {
        if (other.items.isEmpty()) {
            return this;
        }
        if (items.isEmpty()) {
            return other;
        }
        RuntimeLimits.checkLength((long) items.size() + other.items.size(), "the tuple");
        PyObject[] joined = new PyObject[items.size() + other.items.size()];
        for (int i = 0; i < items.size(); i++) {
            joined[i] = items.get(i);
        }
        for (int i = 0; i < other.items.size(); i++) {
            joined[items.size() + i] = other.items.get(i);
        }
        return of(joined);
    }

    /** {@code self * count}; a count below one gives the empty tuple. */
    public PyTuple repeat(long count) {
        if (count <= 0 || items.isEmpty()) {
            return EMPTY;
        }
        if (count == 1) {
            return this;
        }
        RuntimeLimits.checkRepeat(items.size(), count, "the tuple");
        PyObject[] repeated = new PyObject[(int) (items.size() * count)];
        for (int i = 0; i < repeated.length; i++) {
            repeated[i] = items.get(i % items.size());
        }
        return of(repeated);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PyTuple that && items.equals(that.items);
    }

    @Override
    public int hashCode() {
        return items.hashCode();
    }

    @Override
    public String toString() {
        return Repr.repr(this);
    }
}
