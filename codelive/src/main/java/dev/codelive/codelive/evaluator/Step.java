package dev.codelive.codelive.evaluator;

import dev.codelive.codelive.runtime.PythonError;
import dev.codelive.codelive.syntax.Stmt;

/**
 * A statement compiled for one evaluation (see {@link Compiler}). Executing it is one step, and a runtime error it
 * raises directly (not in one of its expressions) is located at the statement.
 */
abstract class Step {
    final Stmt statement;
    final Interpreter interpreter;
    final Meter meter;

    Step(Stmt statement, Interpreter interpreter) {
        this.statement = statement;
        this.interpreter = interpreter;
        this.meter = interpreter.meter;
    }

    final Completion exec(Scope scope) {
        meter.step();
        try {
            return run(scope);
        } catch (PythonError error) {
            throw PythonException.at(error, statement.span());
        }
    }

    abstract Completion run(Scope scope);

    /** Executes the statements in order until one breaks, continues or returns. */
    static Completion block(Step[] block, Scope scope) {
        for (Step step : block) {
            Completion completion = step.exec(scope);
            if (completion != Completion.NORMAL) {
                return completion;
            }
        }
        return Completion.NORMAL;
    }
}
