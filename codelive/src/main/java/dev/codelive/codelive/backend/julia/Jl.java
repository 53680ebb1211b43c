package dev.codelive.codelive.backend.julia;

/**
 * A rendered Julia expression and how tightly it binds, so that operands get parentheses only where Julia needs them.
 *
 * @param text the Julia source
 * @param precedence higher binds tighter: {@link #ATOM} for names, literals, calls, indexing and bracketed forms
 */
record Jl(String text, int precedence) {
    static final int ATOM = 100;
    static final int POWER = 90;
    static final int UNARY = 85;
    static final int MULTIPLY = 70;
    static final int ADD = 60;
    static final int RANGE = 50;
    static final int COMPARE = 40;
    static final int AND = 30;
    static final int OR = 20;
    static final int TERNARY = 10;

    static Jl atom(String text) {
        return new Jl(text, ATOM);
    }

    /** The text, parenthesised when it binds less tightly than {@code required}. */
    String at(int required) {
        return precedence >= required ? text : "(" + text + ")";
    }

    /** {@code left op right} for a left-associative operator. */
    static Jl binary(Jl left, String operator, Jl right, int precedence) {
        return new Jl(left.at(precedence) + " " + operator + " " + right.at(precedence + 1), precedence);
    }

    /** {@code f(arguments...)}. */
    static Jl call(String function, Jl... arguments) {
        StringBuilder out = new StringBuilder(function).append('(');
        for (int i = 0; i < arguments.length; i++) {
            out.append(i == 0 ? "" : ", ").append(arguments[i].text());
        }
        return atom(out.append(')').toString());
    }

    @Override
    public String toString() {
        return text;
    }
}
