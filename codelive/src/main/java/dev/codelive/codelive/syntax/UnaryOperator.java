package dev.codelive.codelive.syntax;

/** A prefix operator: arithmetic negation and identity, and logical {@code not}. */
public enum UnaryOperator {
    NEGATE("-"),
    PLUS("+"),
    NOT("not");

    private final String symbol;

    UnaryOperator(String symbol) {
        this.symbol = symbol;
    }

    /** How Python spells it. */
    public String symbol() {
        return symbol;
    }
}
