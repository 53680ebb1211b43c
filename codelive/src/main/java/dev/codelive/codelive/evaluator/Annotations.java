package dev.codelive.codelive.evaluator;

import dev.codelive.codelive.runtime.NotSupportedException;
import dev.codelive.codelive.syntax.Expr;

/**
 * Evaluates annotations where CPython does (parameters and return at {@code def}, module-level variables) for their
 * one observable effect: a NameError for an undefined name. Their values ({@code List[int]}) are never needed, so
 * subscripts of types are only walked, and a builtin type the runtime does not model ({@code dict}) is fine here.
 */
final class Annotations {
    private final Interpreter interpreter;

    Annotations(Interpreter interpreter) {
        this.interpreter = interpreter;
    }

    void check(Expr annotation, Scope scope) {
        interpreter.meter.step();
        switch (annotation) {
            case Expr.Name name -> {
                try {
                    interpreter.names.load(name, scope);
                } catch (NotSupportedException unmodelledBuiltin) {
                    if (!Names.isPredefined(name.id())) {
                        throw unmodelledBuiltin;
                    }
                }
            }
            case Expr.Attribute attribute -> check(attribute.value(), scope);
            case Expr.Subscript subscript -> {
                check(subscript.value(), scope);
                check(subscript.index(), scope);
            }
            case Expr.TupleLiteral tuple -> tuple.elements().forEach(element -> check(element, scope));
            case Expr.ListLiteral list -> list.elements().forEach(element -> check(element, scope));
            case Expr.StringLiteral s -> { }
            case Expr.NoneLiteral n -> { }
            default -> interpreter.expressions.eval(annotation, scope);
        }
    }
}
