package dev.codelive.codelive.evaluator;

import dev.codelive.codelive.runtime.PyNone;
import dev.codelive.codelive.runtime.PyObject;
import dev.codelive.codelive.runtime.PythonError;
import dev.codelive.codelive.runtime.PyStr;
import dev.codelive.codelive.runtime.Repr;
import dev.codelive.codelive.syntax.Module;
import dev.codelive.codelive.syntax.Span;
import dev.codelive.codelive.syntax.Stmt;
import java.util.Optional;

/**
 * The state of one evaluation (meter, output, listener, call depth), which the code compiled for it (see
 * {@link Compiler}) runs against. Single-threaded and used once.
 */
final class Interpreter {
    /** CPython's default recursion limit: frames on the stack, the module's own included. */
    static final int RECURSION_LIMIT = 1000;

    final Meter meter;
    final Output output;
    /** Null for {@link EvaluationListener#NOOP}: then not even a virtual call is made. */
    final EvaluationListener listener;
    final Calls calls;
    final Imports imports;
    private int depth = 1;

    Interpreter(EvaluationBudget budget, EvaluationListener listener, long startNanos) {
        this.meter = new Meter(budget, startNanos);
        this.output = new Output(budget.maxOutputBytes());
        this.listener = listener == EvaluationListener.NOOP ? null : listener;
        this.calls = new Calls(this);
        this.imports = new Imports();
    }

    Evaluation run(Module module) {
        Layout layout = Layout.module(module.body());
        Scope globals = Scope.module(layout);
        globals.set(layout.slotOf(Layout.MODULE_NAME), PyStr.of("__main__"));
        Compiler compiler = new Compiler(this);
        try {
            if (module.isSingleExpression()) {
                printValue(compiler.expression(((Stmt.ExprStmt) module.body().getFirst()).expression(), layout),
                        globals);
            } else {
                Step.block(compiler.block(module.body(), layout), globals);
            }
            return new Evaluation(output.text(), Optional.empty(), meter.steps());
        } catch (PythonException raised) {
            return new Evaluation(output.text(), Optional.of(raised.error()), meter.steps());
        }
    }

    /** A snippet that is one expression prints its value, unless that is None ({@code print(1)} prints once). */
    private void printValue(Node expression, Scope globals) {
        meter.step();
        PyObject value = expression.data(globals);
        if (value != PyNone.NONE) {
            String text;
            try {
                // Showing the value may raise, as CPython's does: ValueError past 4300 digits of an int.
                text = Repr.str(value);
            } catch (PythonError error) {
                throw PythonException.at(error, expression.expression.span());
            }
            Printer.write(text + "\n", output, expression.expression.span());
        }
    }

    /** A Python frame is pushed: a call or a comprehension. */
    void enterFrame(Span span) {
        if (depth >= RECURSION_LIMIT) {
            throw new PythonException("RecursionError", "maximum recursion depth exceeded", span);
        }
        depth++;
    }

    void leaveFrame() {
        depth--;
    }
}
