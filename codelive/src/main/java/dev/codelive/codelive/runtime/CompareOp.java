package dev.codelive.codelive.runtime;

/** Python's comparison operators, including membership and identity. */
public enum CompareOp {
    EQ("=="),
    NE("!="),
    LT("<"),
    LE("<="),
    GT(">"),
    GE(">="),
    IN("in"),
    NOT_IN("not in"),
    IS("is"),
    IS_NOT("is not");

    private final String symbol;

    CompareOp(String symbol) {
        this.symbol = symbol;
    }

    /** The operator as written in Python source. */
    public String symbol() {
        return symbol;
    }

    /** {@code left <op> right} as a Java boolean (every comparison of the subset's types yields a bool). */
    public boolean test(PyObject left, PyObject right) {
        return Comparisons.compare(this, left, right);
    }

    /** Applies this ordering operator to the sign of a three-way comparison. */
    boolean holds(int sign) {
        return switch (this) {
            case EQ -> sign == 0;
            case NE -> sign != 0;
            case LT -> sign < 0;
            case LE -> sign <= 0;
            case GT -> sign > 0;
            case GE -> sign >= 0;
            default -> throw new IllegalStateException(this + " is not an ordering");
        };
    }
}
