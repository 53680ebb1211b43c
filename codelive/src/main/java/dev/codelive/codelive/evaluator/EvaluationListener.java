package dev.codelive.codelive.evaluator;

import dev.codelive.codelive.runtime.PyObject;
import dev.codelive.codelive.syntax.Expr;
import dev.codelive.codelive.syntax.Parameter;
import dev.codelive.codelive.syntax.Stmt;

/**
 * Observes an evaluation as it happens, for instance to learn the range of values each int expression and variable
 * really takes. Calls arrive on the evaluating thread, in evaluation order; a listener must not throw. Values that are
 * not {@link PyObject}s (functions, modules) are not reported.
 *
 * <p>{@link #NOOP} costs nothing measurable: the evaluator skips the calls when it is given that listener.
 */
public interface EvaluationListener {
    /** Listens to nothing. */
    EvaluationListener NOOP = new EvaluationListener() {};

    /**
     * An expression produced a value. Every evaluated expression is reported, sub-expressions before the expressions
     * containing them, each time it is evaluated (once per loop iteration, per call); an expression whose evaluation
     * raised is not reported.
     */
    default void value(Expr expression, PyObject value) {}

    /**
     * A name was bound by an assignment ({@code =}, {@code +=}, annotated), a {@code for} loop or a comprehension
     * clause; {@code target} is the {@link Expr.Name} in the target (one call per name when unpacking a tuple).
     */
    default void bound(Expr.Name target, PyObject value) {}

    /** A call bound a parameter of {@code function}, to an argument or to the parameter's default value. */
    default void parameterBound(Stmt.FunctionDef function, Parameter parameter, PyObject value) {}

    /** Both listeners, {@code first} told first. */
    static EvaluationListener both(EvaluationListener first, EvaluationListener second) {
        return new EvaluationListener() {
            @Override
            public void value(Expr expression, PyObject value) {
                first.value(expression, value);
                second.value(expression, value);
            }

            @Override
            public void bound(Expr.Name target, PyObject value) {
                first.bound(target, value);
                second.bound(target, value);
            }

            @Override
            public void parameterBound(Stmt.FunctionDef function, Parameter parameter, PyObject value) {
                first.parameterBound(function, parameter, value);
                second.parameterBound(function, parameter, value);
            }
        };
    }
}
