package dev.codelive.codelive.runtime;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A single-pass Python iterator: what {@code enumerate}, {@code zip}, {@code reversed}, {@code iter} and generator
 * expressions return. Only its type name is visible to Python code (in error messages); its repr would show a memory
 * address, so {@link Repr} refuses it.
 */
public final class PyIterator implements PyObject, Iterator<PyObject> {
    private final String typeName;
    private final Iterator<? extends PyObject> source;

    /** An iterator of the given Python type name (e.g. {@code generator}) over the source's values. */
    public PyIterator(String typeName, Iterator<? extends PyObject> source) {
        this.typeName = typeName;
        this.source = source;
    }

    @Override
    public String typeName() {
        return typeName;
    }

    @Override
    public boolean hasNext() {
        return source.hasNext();
    }

    @Override
    public PyObject next() {
        if (!source.hasNext()) {
            throw new NoSuchElementException();
        }
        return source.next();
    }
}
