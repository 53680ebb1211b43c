package dev.codelive.codelive.syntax;

/** A short-circuit boolean operator. */
public enum BoolOperator {
    AND("and"),
    OR("or");

    private final String symbol;

    BoolOperator(String symbol) {
        this.symbol = symbol;
    }

    /** How Python spells it. */
    public String symbol() {
        return symbol;
    }
}
