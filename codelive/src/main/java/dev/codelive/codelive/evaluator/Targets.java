package dev.codelive.codelive.evaluator;

import dev.codelive.codelive.runtime.Attributes;
import dev.codelive.codelive.runtime.NotSupportedException;
import dev.codelive.codelive.runtime.Operators;
import dev.codelive.codelive.runtime.PyList;
import dev.codelive.codelive.runtime.PyObject;
import dev.codelive.codelive.runtime.PythonError;
import dev.codelive.codelive.runtime.Sequences;
import dev.codelive.codelive.syntax.Expr;
import dev.codelive.codelive.syntax.Stmt;
import java.util.List;

/**
 * Assignment to targets: names, items and slices, tuple and list unpacking; and augmented assignment, which reads
 * and writes the same item once each, in CPython's order (container, index, read, value, operation, write).
 */
final class Targets {
    private final Interpreter interpreter;

    Targets(Interpreter interpreter) {
        this.interpreter = interpreter;
    }

    void assign(Expr target, Object value, Scope scope) {
        Expressions expressions = interpreter.expressions;
        switch (target) {
            case Expr.Name name -> bind(name, value, scope);
            case Expr.TupleLiteral tuple -> unpack(tuple.elements(), value, scope);
            case Expr.ListLiteral list -> unpack(list.elements(), value, scope);
            case Expr.Subscript subscript -> {
                PyObject container = expressions.data(subscript.value(), scope);
                if (subscript.index() instanceof Expr.Slice slice) {
                    PyObject[] bounds = expressions.sliceBounds(slice, scope);
                    int before = container instanceof PyList list ? list.size() : 0;
                    Sequences.setSlice(container, bounds[0], bounds[1], bounds[2], Expressions.data(value));
                    if (container instanceof PyList list) {
                        interpreter.meter.charge(Allocation.growth(before, list.size()));
                    }
                } else {
                    PyObject index = expressions.data(subscript.index(), scope);
                    Sequences.setItem(container, index, Expressions.data(value));
                }
            }
            case Expr.Attribute attribute -> setAttribute(attribute, scope);
            default -> throw new IllegalStateException("not an assignment target: " + target);
        }
    }

    void bind(Expr.Name name, Object value, Scope scope) {
        scope.set(name.id(), value);
        if (interpreter.listening && value instanceof PyObject object) {
            interpreter.listener.bound(name, object);
        }
    }

    private void unpack(List<Expr> elements, Object value, Scope scope) {
        List<PyObject> items = Sequences.unpack(Expressions.data(value), elements.size());
        for (int i = 0; i < elements.size(); i++) {
            assign(elements.get(i), items.get(i), scope);
        }
    }

    /** The subset's values have no settable attributes: CPython raises AttributeError for each of them. */
    private void setAttribute(Expr.Attribute attribute, Scope scope) {
        Object base = interpreter.expressions.eval(attribute.value(), scope);
        if (base instanceof PyObject object) {
            String message = Attributes.exists(object, attribute.name())
                    ? "'" + object.typeName() + "' object attribute '" + attribute.name() + "' is read-only"
                    : "'" + object.typeName() + "' object has no attribute '" + attribute.name() + "'";
            throw new PythonException("AttributeError", message, attribute.span());
        }
        throw new NotSupportedException("setting attributes of a " + ((Opaque) base).typeName() + " object");
    }

    /** {@code target op= value}. */
    void augmented(Stmt.AugAssign statement, Scope scope) {
        Expressions expressions = interpreter.expressions;
        switch (statement.target()) {
            case Expr.Name name -> {
                PyObject current = Expressions.data(interpreter.names.load(name, scope));
                PyObject result = operate(statement, current, expressions.data(statement.value(), scope));
                bind(name, result, scope);
            }
            case Expr.Subscript subscript -> {
                PyObject container = expressions.data(subscript.value(), scope);
                if (subscript.index() instanceof Expr.Slice slice) {
                    PyObject[] bounds = expressions.sliceBounds(slice, scope);
                    PyObject current = Sequences.getSlice(container, bounds[0], bounds[1], bounds[2]);
                    PyObject result = operate(statement, current, expressions.data(statement.value(), scope));
                    Sequences.setSlice(container, bounds[0], bounds[1], bounds[2], result);
                } else {
                    PyObject index = expressions.data(subscript.index(), scope);
                    PyObject current = Sequences.getItem(container, index);
                    PyObject result = operate(statement, current, expressions.data(statement.value(), scope));
                    Sequences.setItem(container, index, result);
                }
            }
            case Expr.Attribute attribute -> {
                // CPython reads the attribute first: a missing one is an AttributeError; a method plus a value fails
                // in ways (bound method objects) the subset does not model.
                interpreter.calls.attribute(attribute, scope);
                throw new NotSupportedException("augmented assignment to an attribute");
            }
            default -> throw new IllegalStateException("not an augmented assignment target: " + statement.target());
        }
    }

    private PyObject operate(Stmt.AugAssign statement, PyObject current, PyObject value) {
        int before = current instanceof PyList list ? list.size() : 0;
        PyObject result;
        try {
            result = Operators.inPlace(Operations.binary(statement.operator()), current, value);
        } catch (PythonError error) {
            throw PythonException.at(error, statement.span());
        }
        Meter meter = interpreter.meter;
        if (result == current && current instanceof PyList list) {
            meter.charge(Allocation.growth(before, list.size()));
        } else {
            meter.charge(Allocation.cost(result));
        }
        return result;
    }
}
