package dev.codelive.codelive.runtime;

/** Python's unary operators. */
public enum UnaryOp {
    NEG("-"),
    POS("+"),
    INVERT("~"),
    NOT("not");

    private final String symbol;

    UnaryOp(String symbol) {
        this.symbol = symbol;
    }

    /** The operator as written in Python source. */
    public String symbol() {
        return symbol;
    }

    /** {@code <op> operand}. */
    public PyObject apply(PyObject operand) {
        return Operators.unary(this, operand);
    }
}
