package dev.codelive.codelive.evaluator;

import dev.codelive.codelive.syntax.Span;
import java.util.Objects;

/**
 * An uncaught Python exception: its type ({@code ZeroDivisionError}), its message ({@code str(exception)}, possibly
 * empty) and the span of the innermost expression or statement that raised it.
 */
public record RaisedError(String type, String message, Span span) {
    public RaisedError {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(span, "span");
    }

    /** The last line of CPython's traceback: {@code ZeroDivisionError: division by zero}, or just the type. */
    public String traceLine() {
        return message.isEmpty() ? type : type + ": " + message;
    }
}
