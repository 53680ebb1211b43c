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
 * Assignment targets, compiled: a name (its slot), a tuple or list of targets to unpack into, an item or slice of a
 * list, an attribute (always an AttributeError here); and augmented assignment to a name or item.
 */
final class Targets {
    private Targets() {}

    /** Where an assignment stores its value. */
    sealed interface Target permits Name, Unpack, Item, Slice, Attribute {
        void assign(Object value, Scope scope);
    }

    /** A name of the scope the code runs in; the listener hears what it is bound to. */
    static final class Name implements Target {
        private final Expr.Name name;
        private final int slot;
        private final EvaluationListener listener;

        Name(Expr.Name name, int slot, Interpreter interpreter) {
            this.name = name;
            this.slot = slot;
            this.listener = interpreter.listener;
        }

        @Override
        public void assign(Object value, Scope scope) {
            scope.set(slot, value);
            if (listener != null && value instanceof PyObject object) {
                listener.bound(name, object);
            }
        }
    }

    /** {@code a, b = value}: exactly as many items as targets, assigned left to right. */
    record Unpack(Target[] elements) implements Target {
        @Override
        public void assign(Object value, Scope scope) {
            List<PyObject> items = Sequences.unpack(Node.asData(value), elements.length);
            for (int i = 0; i < elements.length; i++) {
                elements[i].assign(items.get(i), scope);
            }
        }
    }

    /** {@code container[index] = value}: container, then index, are evaluated when assigning. */
    record Item(Node container, Node index) implements Target {
        @Override
        public void assign(Object value, Scope scope) {
            PyObject list = container.data(scope);
            PyObject position = index.data(scope);
            Sequences.setItem(list, position, Node.asData(value));
        }
    }

    /** {@code container[lower:upper:step] = value}, charged for the items the list gains. */
    record Slice(Node container, Expressions.SliceBounds bounds, Meter meter) implements Target {
        @Override
        public void assign(Object value, Scope scope) {
            PyObject sequence = container.data(scope);
            PyObject[] parts = bounds.evaluate(scope);
            int before = sequence instanceof PyList list ? list.size() : 0;
            Sequences.setSlice(sequence, parts[0], parts[1], parts[2], Node.asData(value));
            if (sequence instanceof PyList list) {
                meter.charge(Allocation.growth(before, list.size()));
            }
        }
    }

    /** The subset's values have no settable attributes: CPython raises AttributeError for each of them. */
    record Attribute(Expr.Attribute attribute, Node base) implements Target {
        @Override
        public void assign(Object value, Scope scope) {
            Object object = base.eval(scope);
            if (object instanceof PyObject data) {
                String message = Attributes.exists(data, attribute.name())
                        ? "'" + data.typeName() + "' object attribute '" + attribute.name() + "' is read-only"
                        : "'" + data.typeName() + "' object has no attribute '" + attribute.name() + "'";
                throw new PythonException("AttributeError", message, attribute.span());
            }
            throw new NotSupportedException("setting attributes of a " + ((Opaque) object).typeName() + " object");
        }
    }

    /** {@code name op= value}: the name is read without counting a step, as CPython loads it. */
    static final class AugmentedName extends Step {
        private final Node current;
        private final Node value;
        private final Name target;

        AugmentedName(Stmt.AugAssign statement, Node current, Node value, Name target, Interpreter interpreter) {
            super(statement, interpreter);
            this.current = current;
            this.value = value;
            this.target = target;
        }

        @Override
        Completion run(Scope scope) {
            PyObject before = Node.asData(current.compute(scope));
            target.assign(operate((Stmt.AugAssign) statement, before, value.data(scope), meter), scope);
            return Completion.NORMAL;
        }
    }

    /** {@code container[index] op= value}: container and index evaluated once. */
    static final class AugmentedItem extends Step {
        private final Node container;
        private final Node index;
        private final Node value;

        AugmentedItem(Stmt.AugAssign statement, Node container, Node index, Node value, Interpreter interpreter) {
            super(statement, interpreter);
            this.container = container;
            this.index = index;
            this.value = value;
        }

        @Override
        Completion run(Scope scope) {
            PyObject list = container.data(scope);
            PyObject position = index.data(scope);
            PyObject before = Sequences.getItem(list, position);
            PyObject result = operate((Stmt.AugAssign) statement, before, value.data(scope), meter);
            Sequences.setItem(list, position, result);
            return Completion.NORMAL;
        }
    }

    /** {@code container[lower:upper:step] op= value}. */
    static final class AugmentedSlice extends Step {
        private final Node container;
        private final Expressions.SliceBounds bounds;
        private final Node value;

        AugmentedSlice(Stmt.AugAssign statement, Node container, Expressions.SliceBounds bounds, Node value,
                Interpreter interpreter) {
            super(statement, interpreter);
            this.container = container;
            this.bounds = bounds;
            this.value = value;
        }

        @Override
        Completion run(Scope scope) {
            PyObject sequence = container.data(scope);
            PyObject[] parts = bounds.evaluate(scope);
            PyObject before = Sequences.getSlice(sequence, parts[0], parts[1], parts[2]);
            PyObject result = operate((Stmt.AugAssign) statement, before, value.data(scope), meter);
            Sequences.setSlice(sequence, parts[0], parts[1], parts[2], result);
            return Completion.NORMAL;
        }
    }

    /**
     * {@code object.name op= value}. CPython reads the attribute first: a missing one is an AttributeError; a method
     * plus a value fails in ways (bound method objects) the subset does not model.
     */
    static final class AugmentedAttribute extends Step {
        private final Calls.AttributeRead read;

        AugmentedAttribute(Stmt.AugAssign statement, Calls.AttributeRead read, Interpreter interpreter) {
            super(statement, interpreter);
            this.read = read;
        }

        @Override
        Completion run(Scope scope) {
            read.compute(scope);
            throw new NotSupportedException("augmented assignment to an attribute");
        }
    }

    private static PyObject operate(Stmt.AugAssign statement, PyObject current, PyObject value, Meter meter) {
        int before = current instanceof PyList list ? list.size() : 0;
        PyObject result;
        try {
            result = Operators.inPlace(Operations.binary(statement.operator()), current, value);
        } catch (PythonError error) {
            throw PythonException.at(error, statement.span());
        }
        if (result == current && current instanceof PyList list) {
            meter.charge(Allocation.growth(before, list.size()));
        } else {
            meter.charge(Allocation.cost(result));
        }
        return result;
    }
}
