package dev.codelive.codelive.runtime;

/**
 * A value or operation CPython has but this runtime deliberately does not model (complex numbers, printf-style
 * formatting, the repr of objects that prints a memory address). Refusing is honest; guessing would be silently wrong.
 * Without a stack trace, like the other refusals of user input: the renderer keeps one and throws it again for the
 * same snippet.
 */
public final class NotSupportedException extends RuntimeException {
    private final String construct;

    public NotSupportedException(String construct) {
        super("not supported yet: " + construct, null, false, false);
        this.construct = construct;
    }

    /** What is not supported, phrased to follow "not supported yet: ". */
    public String construct() {
        return construct;
    }
}
