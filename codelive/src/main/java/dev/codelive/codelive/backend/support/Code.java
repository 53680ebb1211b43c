package dev.codelive.codelive.backend.support;

/**
 * A rendered expression and how tightly it binds, so that a parent adds parentheses only where the target language
 * needs them. The levels follow the C family (JavaScript and C# agree on the ones used here).
 */
public record Code(String text, int precedence) {
    public static final int LOWEST = 0;
    public static final int CONDITIONAL = 3;
    public static final int OR = 4;
    public static final int AND = 5;
    public static final int EQUALITY = 9;
    public static final int RELATIONAL = 10;
    public static final int ADDITIVE = 12;
    public static final int MULTIPLICATIVE = 13;
    public static final int POWER = 14;
    public static final int UNARY = 15;
    public static final int PRIMARY = 20;

    /** A name, literal, call or parenthesised expression: never needs parentheses. */
    public static Code primary(String text) {
        return new Code(text, PRIMARY);
    }

    /** The text, parenthesised when it binds less tightly than {@code needed}. */
    public String atLeast(int needed) {
        return precedence >= needed ? text : "(" + text + ")";
    }

    @Override
    public String toString() {
        return text;
    }
}
