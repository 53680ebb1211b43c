package dev.codelive.codelive.evaluator;

import dev.codelive.codelive.runtime.NotSupportedException;
import dev.codelive.codelive.syntax.Expr;
import java.util.List;

/**
 * Annotations, evaluated where CPython does (parameters and return at {@code def}, module-level variables) for their
 * one observable effect: a NameError for an undefined name. Their values ({@code List[int]}) are never needed, so
 * subscripts of types are only walked, and a builtin type the runtime does not model ({@code dict}) is fine here.
 */
final class Annotations {
    private Annotations() {}

    /** An annotation or a part of one, compiled; checking it is one step, plus its parts' steps. */
    abstract static class Check {
        private final Meter meter;

        Check(Interpreter interpreter) {
            this.meter = interpreter.meter;
        }

        final void check(Scope scope) {
            meter.step();
            walk(scope);
        }

        abstract void walk(Scope scope);
    }

    /** A name must be defined; a builtin the runtime does not model is fine. */
    static final class Name extends Check {
        private final Expr.Name name;
        private final Node load;

        Name(Expr.Name name, Node load, Interpreter interpreter) {
            super(interpreter);
            this.name = name;
            this.load = load;
        }

        @Override
        void walk(Scope scope) {
            try {
                load.compute(scope);
            } catch (NotSupportedException unmodelledBuiltin) {
                if (!Names.isPredefined(name.id())) {
                    throw unmodelledBuiltin;
                }
            }
        }
    }

    /** {@code typing.List}, {@code List[int]}, {@code (int, str)}: only the parts are checked, in order. */
    static final class Parts extends Check {
        private final List<Check> parts;

        Parts(List<Check> parts, Interpreter interpreter) {
            super(interpreter);
            this.parts = List.copyOf(parts);
        }

        @Override
        void walk(Scope scope) {
            for (Check part : parts) {
                part.check(scope);
            }
        }
    }

    /** Any other expression is evaluated as it is. */
    static final class Evaluated extends Check {
        private final Node expression;

        Evaluated(Node expression, Interpreter interpreter) {
            super(interpreter);
            this.expression = expression;
        }

        @Override
        void walk(Scope scope) {
            expression.eval(scope);
        }
    }
}
