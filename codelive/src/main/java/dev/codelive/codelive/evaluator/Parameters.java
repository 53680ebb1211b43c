package dev.codelive.codelive.evaluator;

import dev.codelive.codelive.runtime.PyObject;
import dev.codelive.codelive.syntax.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Binds a call's arguments to a function's parameters the way CPython's {@code initialize_locals} does, in the same
 * order of checks and with the same TypeError messages.
 */
final class Parameters {
    private Parameters() {}

    /** Binds parameter {@code i} to slot {@code i} of the call's scope, as the function's {@link Layout} has it. */
    static void bind(UserFunction function, Object[] positional, Map<String, Object> keywords, Scope scope,
            Span span, Interpreter interpreter) {
        int count = function.parameterCount();
        Object[] slots = new Object[count];
        System.arraycopy(positional, 0, slots, 0, Math.min(positional.length, count));
        for (Map.Entry<String, Object> keyword : keywords.entrySet()) {
            int index = indexOf(function, keyword.getKey());
            if (index < 0) {
                throw typeError(function.qualifiedName() + "() got an unexpected keyword argument '"
                        + keyword.getKey() + "'", span);
            }
            if (slots[index] != null) {
                throw typeError(function.qualifiedName() + "() got multiple values for argument '"
                        + keyword.getKey() + "'", span);
            }
            slots[index] = keyword.getValue();
        }
        if (positional.length > count) {
            throw typeError(tooManyPositional(function, positional.length), span);
        }
        List<String> missing = null;
        for (int i = 0; i < count; i++) {
            if (slots[i] == null) {
                slots[i] = function.defaultValue(i);
                if (slots[i] == null) {
                    if (missing == null) {
                        missing = new ArrayList<>();
                    }
                    missing.add(function.parameter(i).name());
                }
            }
        }
        if (missing != null) {
            throw typeError(function.qualifiedName() + "() missing " + missing.size() + " required positional argument"
                    + (missing.size() == 1 ? "" : "s") + ": " + nameList(missing), span);
        }
        EvaluationListener listener = interpreter.listener;
        for (int i = 0; i < count; i++) {
            scope.set(i, slots[i]);
            if (listener != null && slots[i] instanceof PyObject value) {
                listener.parameterBound(function.definition(), function.parameter(i), value);
            }
        }
    }

    private static int indexOf(UserFunction function, String name) {
        for (int i = 0; i < function.parameterCount(); i++) {
            if (function.parameter(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** CPython's {@code too_many_positional}: "takes 2 positional arguments", or "from 1 to 2" with defaults. */
    private static String tooManyPositional(UserFunction function, int given) {
        int count = function.parameterCount();
        int withDefaults = 0;
        for (int i = 0; i < count; i++) {
            if (function.defaultValue(i) != null) {
                withDefaults++;
            }
        }
        String takes = withDefaults > 0 ? "from " + (count - withDefaults) + " to " + count : String.valueOf(count);
        boolean plural = withDefaults > 0 || count != 1;
        return function.qualifiedName() + "() takes " + takes + " positional argument" + (plural ? "s" : "") + " but "
                + given + (given == 1 ? " was" : " were") + " given";
    }

    /** {@code 'a'}, {@code 'a' and 'b'}, {@code 'a', 'b', and 'c'}, as CPython lists missing arguments. */
    private static String nameList(List<String> names) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                out.append(names.size() == 2 ? " and " : i == names.size() - 1 ? ", and " : ", ");
            }
            out.append('\'').append(names.get(i)).append('\'');
        }
        return out.toString();
    }

    private static PythonException typeError(String message, Span span) {
        return new PythonException("TypeError", message, span);
    }
}
