package dev.codelive.codelive.evaluator;

import dev.codelive.codelive.runtime.Operators;
import dev.codelive.codelive.runtime.PyObject;
import dev.codelive.codelive.runtime.PythonError;
import dev.codelive.codelive.syntax.Expr;

/**
 * An expression compiled for one evaluation (see {@link Compiler}). Evaluating it is one step; its value is a
 * {@link PyObject}, or an {@link Opaque} for names of functions and modules; a runtime {@link PythonError} is located
 * at the innermost expression it leaves; the listener hears every value.
 */
abstract class Node {
    final Expr expression;
    final Interpreter interpreter;
    final Meter meter;
    /** Null when nobody listens, so that evaluation makes no call at all. */
    private final EvaluationListener listener;

    Node(Expr expression, Interpreter interpreter) {
        this.expression = expression;
        this.interpreter = interpreter;
        this.meter = interpreter.meter;
        this.listener = interpreter.listener;
    }

    final Object eval(Scope scope) {
        meter.step();
        Object value;
        // Leaves, half of all nodes, are told apart by their final classes and read without a virtual call (which
        // could not be inlined: this call site serves every kind of node). They raise no runtime error to locate.
        if (this instanceof Expressions.Constant constant) {
            value = constant.value();
        } else if (this instanceof Names.Global global) {
            value = global.load(scope);
        } else if (this instanceof Names.Local local) {
            value = local.load(scope);
        } else {
            try {
                value = compute(scope);
            } catch (PythonError error) {
                throw PythonException.at(error, expression.span());
            }
        }
        if (listener != null && value instanceof PyObject object) {
            listener.value(expression, object);
        }
        return value;
    }

    /** The value, without the step, the error location and the listener that {@link #eval} adds. */
    abstract Object compute(Scope scope);

    /** Evaluates an expression whose value the runtime will operate on, so it must be data, not a function. */
    final PyObject data(Scope scope) {
        return asData(eval(scope));
    }

    final boolean truthy(Scope scope) {
        return Operators.truthy(data(scope));
    }

    /** The value as data, refusing a function or module where the runtime needs data. */
    static PyObject asData(Object value) {
        if (value instanceof PyObject object) {
            return object;
        }
        throw Opaque.asData((Opaque) value);
    }
}
