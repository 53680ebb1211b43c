package dev.codelive.codelive.syntax;

/** A comparison operator; a chain {@code a < b <= c} holds several. */
public enum CompareOperator {
    EQUAL("=="),
    NOT_EQUAL("!="),
    LESS("<"),
    LESS_EQUAL("<="),
    GREATER(">"),
    GREATER_EQUAL(">="),
    IN("in"),
    NOT_IN("not in"),
    IS("is"),
    IS_NOT("is not");

    private final String symbol;

    CompareOperator(String symbol) {
        this.symbol = symbol;
    }

    /** How Python spells it. */
    public String symbol() {
        return symbol;
    }
}
