package dev.codelive.codelive.runtime;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The arguments of a call as the evaluator collected them, with the argument checks of CPython's builtins and their
 * exact TypeError messages (which differ by how each builtin is implemented in C).
 */
public record Arguments(List<PyObject> positional, Map<String, PyObject> keywords) {

    public Arguments {
        positional = List.copyOf(positional);
        keywords = keywords.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(keywords));
    }

    public static Arguments of(PyObject... positional) {
        return new Arguments(List.of(positional), Map.of());
    }

    public int size() {
        return positional.size();
    }

    public PyObject get(int index) {
        return positional.get(index);
    }

    /** The positional argument at index, or the fallback when there are fewer. */
    PyObject get(int index, PyObject fallback) {
        return index < positional.size() ? positional.get(index) : fallback;
    }

    /** A keyword argument, or the fallback when absent. */
    PyObject keyword(String name, PyObject fallback) {
        return keywords.getOrDefault(name, fallback);
    }

    /** A one-argument C function ({@code METH_O}): {@code len() takes exactly one argument (2 given)}. */
    PyObject single(String name) {
        noKeywords(name);
        if (positional.size() != 1) {
            throw PythonError.typeError(name + "() takes exactly one argument (" + positional.size() + " given)");
        }
        return positional.get(0);
    }

    /** {@code _PyArg_CheckPositional}: {@code divmod expected 2 arguments, got 1}. */
    Arguments positionalCount(String name, int min, int max) {
        int n = positional.size();
        if (n < min || n > max) {
            int bound = n < min ? min : max;
            String qualifier = min == max ? "" : n < min ? "at least " : "at most ";
            throw PythonError.typeError(name + " expected " + qualifier + bound + " argument" + (bound == 1 ? "" : "s")
                    + ", got " + n);
        }
        return this;
    }

    Arguments noKeywords(String name) {
        if (!keywords.isEmpty()) {
            throw PythonError.typeError(name + "() takes no keyword arguments");
        }
        return this;
    }

    /** Rejects keywords other than the allowed ones: {@code 'x' is an invalid keyword argument for sum()}. */
    Arguments onlyKeywords(String name, Set<String> allowed) {
        for (String keyword : keywords.keySet()) {
            if (!allowed.contains(keyword)) {
                throw PythonError.typeError("'" + keyword + "' is an invalid keyword argument for " + name + "()");
            }
        }
        return this;
    }

    /**
     * Argument Clinic's parameters that may be given by position or keyword: {@code pow() missing required argument
     * 'exp' (pos 2)} and {@code round() takes at most 2 arguments (3 given)}. Returns one value per parameter, null
     * for an omitted optional one.
     */
    PyObject[] bind(String name, List<String> parameters, int required) {
        int total = positional.size() + keywords.size();
        if (total > parameters.size() || positional.size() > parameters.size()) {
            throw PythonError.typeError(name + "() takes at most " + parameters.size() + " argument"
                    + (parameters.size() == 1 ? "" : "s") + " (" + total + " given)");
        }
        onlyKeywords(name, Set.copyOf(parameters));
        PyObject[] bound = new PyObject[parameters.size()];
        for (int i = 0; i < parameters.size(); i++) {
            PyObject byKeyword = keywords.get(parameters.get(i));
            if (i < positional.size()) {
                if (byKeyword != null) {
                    throw PythonError.typeError("argument for " + name + "() given by name ('" + parameters.get(i)
                            + "') and position (" + (i + 1) + ")");
                }
                bound[i] = positional.get(i);
            } else {
                bound[i] = byKeyword;
            }
            if (bound[i] == null && i < required) {
                throw PythonError.typeError(name + "() missing required argument '" + parameters.get(i) + "' (pos "
                        + (i + 1) + ")");
            }
        }
        return bound;
    }
}
