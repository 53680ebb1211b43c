package dev.codelive.codelive.backend.sql;

/**
 * A rendered SQL expression and how tightly it binds, so that operands get parentheses only where SQL needs them.
 *
 * @param text the SQL
 * @param precedence higher binds tighter: {@link #ATOM} for names, literals, calls and parenthesised forms
 */
record Sql(String text, int precedence) {
    static final int ATOM = 100;
    static final int UNARY = 90;
    static final int MULTIPLY = 70;
    static final int ADD = 60;
    static final int CONCAT = 55;
    static final int COMPARE = 40;
    static final int NOT = 30;
    static final int AND = 20;
    static final int OR = 10;

    static Sql atom(String text) {
        return new Sql(text, ATOM);
    }

    /** The text, parenthesised when it binds less tightly than {@code required}. */
    String at(int required) {
        return precedence >= required ? text : "(" + text + ")";
    }

    /** A PostgreSQL cast, {@code x::type}. */
    Sql cast(String type) {
        return atom(at(ATOM) + "::" + type);
    }

    /** {@code left op right} for a left-associative operator. */
    static Sql binary(Sql left, String operator, Sql right, int precedence) {
        return new Sql(left.at(precedence) + " " + operator + " " + right.at(precedence + 1), precedence);
    }

    @Override
    public String toString() {
        return text;
    }
}
