package dev.codelive.codelive.evaluator;

import dev.codelive.codelive.runtime.PythonError;
import dev.codelive.codelive.syntax.Span;

/**
 * A Python exception on its way out of the evaluation, located at the innermost node that raised it. The runtime's
 * {@link PythonError} becomes one where it first passes through an expression or statement; the evaluator raises its
 * own (NameError, TypeError for calls, AssertionError, RecursionError) directly. The subset has no {@code try}, so
 * any exception ends the evaluation: no stack trace is recorded.
 */
final class PythonException extends RuntimeException {
    private final transient RaisedError error;

    PythonException(String type, String message, Span span) {
        super(message, null, false, false);
        this.error = new RaisedError(type, message, span);
    }

    static PythonException at(PythonError error, Span span) {
        return new PythonException(error.type(), error.pythonMessage(), span);
    }

    RaisedError error() {
        return error;
    }
}
