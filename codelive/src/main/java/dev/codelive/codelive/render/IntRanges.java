package dev.codelive.codelive.render;

import dev.codelive.codelive.evaluator.EvaluationListener;
import dev.codelive.codelive.ir.Program;
import dev.codelive.codelive.runtime.PyInt;
import dev.codelive.codelive.runtime.PyObject;
import dev.codelive.codelive.syntax.Expr;
import dev.codelive.codelive.syntax.Parameter;
import dev.codelive.codelive.syntax.Stmt;

/**
 * Watches the reference run for the widest int any expression, variable or parameter held. The snippet has no input,
 * so that run is the only run there is, and the width it needs is proven for the rendered program too. Public for the
 * tests that render at the width the renderer would pick.
 */
public final class IntRanges implements EvaluationListener {
    private long widest;

    @Override
    public void value(Expr expression, PyObject value) {
        note(value);
    }

    @Override
    public void bound(Expr.Name target, PyObject value) {
        note(value);
    }

    @Override
    public void parameterBound(Stmt.FunctionDef function, Parameter parameter, PyObject value) {
        note(value);
    }

    private void note(PyObject value) {
        if (value instanceof PyInt integer) {
            widest = Math.max(widest, integer.bitLength());
        }
    }

    /** 62 and 126 bits leave headroom for parallel partial sums (see {@link Program.IntWidth}). */
    public Program.IntWidth width() {
        return widest <= 62 ? Program.IntWidth.I64 : widest <= 126 ? Program.IntWidth.I128 : Program.IntWidth.BIG;
    }
}
