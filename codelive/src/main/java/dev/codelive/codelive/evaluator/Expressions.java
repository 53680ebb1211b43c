package dev.codelive.codelive.evaluator;

import dev.codelive.codelive.runtime.Comparisons;
import dev.codelive.codelive.runtime.Formatter;
import dev.codelive.codelive.runtime.Operators;
import dev.codelive.codelive.runtime.PyBool;
import dev.codelive.codelive.runtime.PyFloat;
import dev.codelive.codelive.runtime.PyInt;
import dev.codelive.codelive.runtime.PyList;
import dev.codelive.codelive.runtime.PyNone;
import dev.codelive.codelive.runtime.PyObject;
import dev.codelive.codelive.runtime.PyStr;
import dev.codelive.codelive.runtime.PyTuple;
import dev.codelive.codelive.runtime.PythonError;
import dev.codelive.codelive.runtime.Repr;
import dev.codelive.codelive.runtime.RuntimeLimits;
import dev.codelive.codelive.runtime.Sequences;
import dev.codelive.codelive.syntax.BoolOperator;
import dev.codelive.codelive.syntax.Expr;
import dev.codelive.codelive.syntax.FStringPart;
import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates expressions to values: {@link PyObject}s, or {@link Opaque}s for names of functions and modules. Each
 * evaluated expression is one step; a runtime {@link PythonError} is located at the innermost expression it leaves.
 */
final class Expressions {
    private final Interpreter interpreter;
    private final Meter meter;

    Expressions(Interpreter interpreter) {
        this.interpreter = interpreter;
        this.meter = interpreter.meter;
    }

    Object eval(Expr expression, Scope scope) {
        meter.step();
        Object value;
        try {
            value = switch (expression) {
                case Expr.IntLiteral i -> PyInt.of(i.value());
                case Expr.FloatLiteral f -> PyFloat.of(f.value());
                case Expr.BoolLiteral b -> PyBool.of(b.value());
                case Expr.NoneLiteral n -> PyNone.NONE;
                case Expr.StringLiteral s -> PyStr.of(s.value());
                case Expr.FString f -> fString(f, scope);
                case Expr.Name n -> interpreter.names.load(n, scope);
                case Expr.BinaryOp b -> charged(Operators.binary(Operations.binary(b.operator()),
                        data(b.left(), scope), data(b.right(), scope)));
                case Expr.UnaryOp u -> charged(Operators.unary(Operations.unary(u.operator()),
                        data(u.operand(), scope)));
                case Expr.BoolOp b -> boolOp(b, scope);
                case Expr.Compare c -> compare(c, scope);
                case Expr.Conditional c -> truthy(c.condition(), scope) ? eval(c.whenTrue(), scope)
                        : eval(c.whenFalse(), scope);
                case Expr.Call c -> interpreter.calls.call(c, scope);
                case Expr.Attribute a -> interpreter.calls.attribute(a, scope);
                case Expr.Subscript s -> subscript(s, scope);
                case Expr.Slice s -> throw new IllegalStateException("a slice outside a subscript at " + s.span());
                case Expr.ListLiteral l -> PyList.copyOf(elements(l.elements(), scope));
                case Expr.TupleLiteral t -> PyTuple.copyOf(elements(t.elements(), scope));
                case Expr.ListComp c -> interpreter.comprehensions.list(c, scope);
                case Expr.GeneratorExp g -> interpreter.comprehensions.generator(g, scope);
            };
        } catch (PythonError error) {
            throw PythonException.at(error, expression.span());
        }
        if (interpreter.listening && value instanceof PyObject object) {
            interpreter.listener.value(expression, object);
        }
        return value;
    }

    /** Evaluates an expression whose value the runtime will operate on, so it must be data, not a function. */
    PyObject data(Expr expression, Scope scope) {
        return data(eval(expression, scope));
    }

    static PyObject data(Object value) {
        if (value instanceof PyObject object) {
            return object;
        }
        throw Opaque.asData((Opaque) value);
    }

    boolean truthy(Expr expression, Scope scope) {
        return Operators.truthy(data(expression, scope));
    }

    private PyObject charged(PyObject result) {
        meter.charge(Allocation.cost(result));
        return result;
    }

    private List<PyObject> elements(List<Expr> expressions, Scope scope) {
        List<PyObject> values = new ArrayList<>(expressions.size());
        for (Expr element : expressions) {
            values.add(data(element, scope));
        }
        return values;
    }

    /** {@code a and b}, {@code a or b}: the first deciding operand, later ones not evaluated. */
    private Object boolOp(Expr.BoolOp op, Scope scope) {
        boolean stopWhen = op.operator() == BoolOperator.OR;
        PyObject value = null;
        for (Expr operand : op.values()) {
            value = data(operand, scope);
            if (Operators.truthy(value) == stopWhen) {
                return value;
            }
        }
        return value;
    }

    /** A chain {@code a < b < c}: each operand evaluated at most once, stopping at the first false link. */
    private PyObject compare(Expr.Compare chain, Scope scope) {
        PyObject left = data(chain.left(), scope);
        for (Expr.Compare.Link link : chain.links()) {
            PyObject right = data(link.right(), scope);
            if (!Comparisons.compare(Operations.compare(link.operator()), left, right)) {
                return PyBool.FALSE;
            }
            left = right;
        }
        return PyBool.TRUE;
    }

    private PyObject subscript(Expr.Subscript subscript, Scope scope) {
        PyObject container = data(subscript.value(), scope);
        if (subscript.index() instanceof Expr.Slice slice) {
            PyObject[] bounds = sliceBounds(slice, scope);
            return charged(Sequences.getSlice(container, bounds[0], bounds[1], bounds[2]));
        }
        return Sequences.getItem(container, data(subscript.index(), scope));
    }

    /** The lower bound, upper bound and step of a slice, None where omitted. */
    PyObject[] sliceBounds(Expr.Slice slice, Scope scope) {
        return new PyObject[] {bound(slice.lower(), scope), bound(slice.upper(), scope), bound(slice.step(), scope)};
    }

    private PyObject bound(Expr part, Scope scope) {
        return part == null ? PyNone.NONE : data(part, scope);
    }

    private PyStr fString(Expr.FString fString, Scope scope) {
        StringBuilder out = new StringBuilder();
        for (FStringPart part : fString.parts()) {
            switch (part) {
                case FStringPart.Text text -> out.append(text.value());
                case FStringPart.Interpolation field -> out.append(interpolate(field, scope));
            }
            RuntimeLimits.checkLength(out.length(), "the f-string");
        }
        return (PyStr) charged(PyStr.of(out.toString()));
    }

    private String interpolate(FStringPart.Interpolation field, Scope scope) {
        PyObject value = data(field.expression(), scope);
        PyObject converted = switch (field.conversion()) {
            case NONE -> value;
            case STR -> PyStr.of(Repr.str(value));
            case REPR -> PyStr.of(Repr.repr(value));
            case ASCII -> PyStr.of(Repr.ascii(value));
        };
        return Formatter.format(converted, field.formatSpec());
    }
}
