package dev.codelive.codelive.evaluator;

import dev.codelive.codelive.runtime.BinaryOp;
import dev.codelive.codelive.runtime.CompareOp;
import dev.codelive.codelive.runtime.Comparisons;
import dev.codelive.codelive.runtime.Formatter;
import dev.codelive.codelive.runtime.NotSupportedException;
import dev.codelive.codelive.runtime.Operators;
import dev.codelive.codelive.runtime.PyBool;
import dev.codelive.codelive.runtime.PyList;
import dev.codelive.codelive.runtime.PyNone;
import dev.codelive.codelive.runtime.PyObject;
import dev.codelive.codelive.runtime.PyStr;
import dev.codelive.codelive.runtime.PyTuple;
import dev.codelive.codelive.runtime.Repr;
import dev.codelive.codelive.runtime.RuntimeLimits;
import dev.codelive.codelive.runtime.Sequences;
import dev.codelive.codelive.runtime.UnaryOp;
import dev.codelive.codelive.syntax.Expr;
import dev.codelive.codelive.syntax.FStringPart;
import java.util.ArrayList;
import java.util.List;

/** The compiled forms of literals, operators, comparisons, subscripts, list and tuple displays and f-strings. */
final class Expressions {
    private Expressions() {}

    /**
     * A literal, its value made once at compilation. Literals are immutable values, whose identity Python code
     * cannot observe here ({@code is} refuses them), so one object serves every evaluation of the literal.
     */
    static final class Constant extends Node {
        private final PyObject value;

        Constant(Expr expression, PyObject value, Interpreter interpreter) {
            super(expression, interpreter);
            this.value = value;
        }

        PyObject value() {
            return value;
        }

        @Override
        Object compute(Scope scope) {
            return value;
        }
    }

    /** {@code left op right}, charged for the data it creates. */
    static final class Binary extends Node {
        private final BinaryOp operator;
        private final Node left;
        private final Node right;

        Binary(Expr.BinaryOp expression, BinaryOp operator, Node left, Node right, Interpreter interpreter) {
            super(expression, interpreter);
            this.operator = operator;
            this.left = left;
            this.right = right;
        }

        @Override
        Object compute(Scope scope) {
            PyObject result = Operators.binary(operator, left.data(scope), right.data(scope));
            meter.charge(Allocation.cost(result));
            return result;
        }
    }

    /** {@code -x}, {@code +x}, {@code not x}. */
    static final class Unary extends Node {
        private final UnaryOp operator;
        private final Node operand;

        Unary(Expr.UnaryOp expression, UnaryOp operator, Node operand, Interpreter interpreter) {
            super(expression, interpreter);
            this.operator = operator;
            this.operand = operand;
        }

        @Override
        Object compute(Scope scope) {
            PyObject result = Operators.unary(operator, operand.data(scope));
            meter.charge(Allocation.cost(result));
            return result;
        }
    }

    /** {@code a and b}, {@code a or b}: the first deciding operand, later ones not evaluated. */
    static final class BoolOp extends Node {
        private final boolean stopWhen;
        private final Node[] operands;

        BoolOp(Expr.BoolOp expression, boolean stopWhen, Node[] operands, Interpreter interpreter) {
            super(expression, interpreter);
            this.stopWhen = stopWhen;
            this.operands = operands;
        }

        @Override
        Object compute(Scope scope) {
            PyObject value = null;
            for (Node operand : operands) {
                value = operand.data(scope);
                if (Operators.truthy(value) == stopWhen) {
                    return value;
                }
            }
            return value;
        }
    }

    /** A chain {@code a < b < c}: each operand evaluated at most once, stopping at the first false link. */
    static final class Compare extends Node {
        private final Node left;
        private final CompareOp[] operators;
        private final Node[] rights;

        Compare(Expr.Compare expression, Node left, CompareOp[] operators, Node[] rights, Interpreter interpreter) {
            super(expression, interpreter);
            this.left = left;
            this.operators = operators;
            this.rights = rights;
        }

        @Override
        Object compute(Scope scope) {
            PyObject value = left.data(scope);
            for (int i = 0; i < rights.length; i++) {
                PyObject right = rights[i].data(scope);
                if (!Comparisons.compare(operators[i], value, right)) {
                    return PyBool.FALSE;
                }
                value = right;
            }
            return PyBool.TRUE;
        }
    }

    /** {@code whenTrue if condition else whenFalse}. */
    static final class Conditional extends Node {
        private final Node condition;
        private final Node whenTrue;
        private final Node whenFalse;

        Conditional(Expr.Conditional expression, Node condition, Node whenTrue, Node whenFalse,
                Interpreter interpreter) {
            super(expression, interpreter);
            this.condition = condition;
            this.whenTrue = whenTrue;
            this.whenFalse = whenFalse;
        }

        @Override
        Object compute(Scope scope) {
            return condition.truthy(scope) ? whenTrue.eval(scope) : whenFalse.eval(scope);
        }
    }

    /** {@code container[index]}. */
    static final class Item extends Node {
        private final Node container;
        private final Node index;

        Item(Expr.Subscript expression, Node container, Node index, Interpreter interpreter) {
            super(expression, interpreter);
            this.container = container;
            this.index = index;
        }

        @Override
        Object compute(Scope scope) {
            PyObject value = container.data(scope);
            return Sequences.getItem(value, index.data(scope));
        }
    }

    /** {@code container[lower:upper:step]}, charged for the new sequence. */
    static final class Slice extends Node {
        private final Node container;
        private final SliceBounds bounds;

        Slice(Expr.Subscript expression, Node container, SliceBounds bounds, Interpreter interpreter) {
            super(expression, interpreter);
            this.container = container;
            this.bounds = bounds;
        }

        @Override
        Object compute(Scope scope) {
            PyObject value = container.data(scope);
            PyObject[] parts = bounds.evaluate(scope);
            PyObject result = Sequences.getSlice(value, parts[0], parts[1], parts[2]);
            meter.charge(Allocation.cost(result));
            return result;
        }
    }

    /**
     * The parts of a slice, each null when omitted. The slice itself is no expression of its own: only its parts are
     * evaluated (and counted).
     */
    record SliceBounds(Node lower, Node upper, Node step) {
        /** The lower bound, upper bound and step, None where omitted. */
        PyObject[] evaluate(Scope scope) {
            return new PyObject[] {bound(lower, scope), bound(upper, scope), bound(step, scope)};
        }

        private static PyObject bound(Node part, Scope scope) {
            return part == null ? PyNone.NONE : part.data(scope);
        }
    }

    /** A slice where the parser puts none: a subscript's index, say, inside an annotation. */
    static final class MisplacedSlice extends Node {
        MisplacedSlice(Expr.Slice expression, Interpreter interpreter) {
            super(expression, interpreter);
        }

        @Override
        Object compute(Scope scope) {
            // CPython's typing raises TypeError for List[1:2]; no other slice gets here, and neither is worth modelling.
            throw new NotSupportedException("a slice inside an annotation at " + expression.span().start());
        }
    }

    /** {@code [a, b]} or {@code (a, b)}: built element by element, each already a step. */
    static final class Display extends Node {
        private final boolean tuple;
        private final Node[] elements;

        Display(Expr expression, boolean tuple, Node[] elements, Interpreter interpreter) {
            super(expression, interpreter);
            this.tuple = tuple;
            this.elements = elements;
        }

        @Override
        Object compute(Scope scope) {
            List<PyObject> values = new ArrayList<>(elements.length);
            for (Node element : elements) {
                values.add(element.data(scope));
            }
            return tuple ? PyTuple.copyOf(values) : PyList.copyOf(values);
        }
    }

    /** An f-string: text and formatted fields, charged for the string it makes. */
    static final class FString extends Node {
        private final List<Part> parts;

        /** Literal text, or a field with its compiled expression. */
        sealed interface Part {}

        record Text(String value) implements Part {}

        record Field(Node value, FStringPart.Conversion conversion, String formatSpec) implements Part {}

        FString(Expr.FString expression, List<Part> parts, Interpreter interpreter) {
            super(expression, interpreter);
            this.parts = List.copyOf(parts);
        }

        @Override
        Object compute(Scope scope) {
            StringBuilder out = new StringBuilder();
            for (Part part : parts) {
                switch (part) {
                    case Text text -> out.append(text.value());
                    case Field field -> out.append(format(field, scope));
                }
                RuntimeLimits.checkLength(out.length(), "the f-string");
            }
            PyStr result = PyStr.of(out.toString());
            meter.charge(Allocation.cost(result));
            return result;
        }

        private static String format(Field field, Scope scope) {
            PyObject value = field.value().data(scope);
            PyObject converted = switch (field.conversion()) {
                case NONE -> value;
                case STR -> PyStr.of(Repr.str(value));
                case REPR -> PyStr.of(Repr.repr(value));
                case ASCII -> PyStr.of(Repr.ascii(value));
            };
            return Formatter.format(converted, field.formatSpec());
        }
    }
}
