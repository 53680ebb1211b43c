package dev.codelive.codelive.runtime;

/**
 * A Python exception raised by an operation, carrying CPython's exception type name and message so that a traceback's
 * last line reads exactly as CPython prints it ({@code ZeroDivisionError: division by zero}).
 */
public final class PythonError extends RuntimeException {
    private final String type;
    private final String pythonMessage;

    public PythonError(String type, String pythonMessage) {
        super(pythonMessage.isEmpty() ? type : type + ": " + pythonMessage);
        this.type = type;
        this.pythonMessage = pythonMessage;
    }

    /** The exception class name, e.g. {@code IndexError}. */
    public String type() {
        return type;
    }

    /** {@code str(exception)}: the message without the type name. */
    public String pythonMessage() {
        return pythonMessage;
    }

    static PythonError typeError(String message) {
        return new PythonError("TypeError", message);
    }

    static PythonError valueError(String message) {
        return new PythonError("ValueError", message);
    }

    static PythonError indexError(String message) {
        return new PythonError("IndexError", message);
    }

    static PythonError overflowError(String message) {
        return new PythonError("OverflowError", message);
    }

    static PythonError zeroDivision(String message) {
        return new PythonError("ZeroDivisionError", message);
    }

    static PythonError attributeError(String message) {
        return new PythonError("AttributeError", message);
    }
}
