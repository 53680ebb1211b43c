package dev.codelive.codelive.evaluator;

import dev.codelive.codelive.runtime.PyNone;
import dev.codelive.codelive.runtime.PyObject;
import dev.codelive.codelive.runtime.PyStr;
import dev.codelive.codelive.runtime.Repr;
import dev.codelive.codelive.syntax.Expr;
import dev.codelive.codelive.syntax.Module;
import dev.codelive.codelive.syntax.Span;
import dev.codelive.codelive.syntax.Stmt;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The state of one evaluation (meter, output, listener, call depth) and the parts that interpret the tree, wired to
 * each other. Single-threaded and used once.
 */
final class Interpreter {
    /** CPython's default recursion limit: frames on the stack, the module's own included. */
    static final int RECURSION_LIMIT = 1000;

    final Meter meter;
    final Output output;
    final EvaluationListener listener;
    /** Whether to call the listener at all: with {@link EvaluationListener#NOOP}, not even a virtual call is made. */
    final boolean listening;
    final Expressions expressions;
    final Statements statements;
    final Calls calls;
    final Targets targets;
    final Comprehensions comprehensions;
    final Names names;
    final Imports imports;
    final Annotations annotations;
    private final Map<Stmt.FunctionDef, Set<String>> functionLocals = new IdentityHashMap<>();
    private int depth = 1;

    Interpreter(EvaluationBudget budget, EvaluationListener listener, long startNanos) {
        this.meter = new Meter(budget, startNanos);
        this.output = new Output(budget.maxOutputBytes());
        this.listener = listener;
        this.listening = listener != EvaluationListener.NOOP;
        this.names = new Names();
        this.expressions = new Expressions(this);
        this.statements = new Statements(this);
        this.calls = new Calls(this);
        this.targets = new Targets(this);
        this.comprehensions = new Comprehensions(this);
        this.imports = new Imports();
        this.annotations = new Annotations(this);
    }

    Evaluation run(Module module) {
        Scope globals = Scope.module();
        globals.set("__name__", PyStr.of("__main__"));
        try {
            if (module.isSingleExpression()) {
                printValue(((Stmt.ExprStmt) module.body().getFirst()).expression(), globals);
            } else {
                statements.execBlock(module.body(), globals);
            }
            return new Evaluation(output.text(), Optional.empty(), meter.steps());
        } catch (PythonException raised) {
            return new Evaluation(output.text(), Optional.of(raised.error()), meter.steps());
        }
    }

    /** A snippet that is one expression prints its value, unless that is None ({@code print(1)} prints once). */
    private void printValue(Expr expression, Scope globals) {
        meter.step();
        PyObject value = expressions.data(expression, globals);
        if (value != PyNone.NONE) {
            Printer.write(Repr.str(value) + "\n", output, expression.span());
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

    /** The locals of a function, computed once per definition per evaluation. */
    Set<String> localsOf(Stmt.FunctionDef function) {
        return functionLocals.computeIfAbsent(function, LocalNames::ofFunction);
    }
}
