package dev.codelive.codelive.backend.support;

import dev.codelive.codelive.ir.Expr;

/** A short Python spelling of simple expressions, for warnings such as "no bounds check on xs[i]". */
public final class PythonText {
    private PythonText() {}

    public static String of(Expr expression) {
        return switch (expression) {
            case Expr.Load load -> load.variable().name();
            case Expr.IntConst constant -> constant.value().toString();
            case Expr.Index index -> of(index.target()) + "[" + of(index.index()) + "]";
            case Expr.Binary binary -> of(binary.left()) + " " + binary.operator().symbol() + " " + of(binary.right());
            case Expr.BuiltinCall call when call.arguments().size() == 1 -> call.builtin().python() + "(" + of(call.arguments().getFirst()) + ")";
            default -> "...";
        };
    }
}
