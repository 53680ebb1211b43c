package dev.codelive.codelive.ir;

/**
 * A named variable of one function (or of the module's top level), with the one type it holds throughout: Python
 * lets a name change type, the subset does not.
 *
 * @param name the Python name
 * @param type what it holds
 * @param scope where it lives
 */
public record Variable(String name, Type type, Scope scope) {
    /** Where a variable lives. */
    public enum Scope {
        /** Assigned at the module's top level; functions may read it. */
        GLOBAL,
        /** Assigned inside a function. */
        LOCAL,
        /** A function's parameter. */
        PARAMETER
    }
}
