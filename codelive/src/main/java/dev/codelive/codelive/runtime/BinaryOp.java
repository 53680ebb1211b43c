package dev.codelive.codelive.runtime;

/** Python's binary arithmetic and bitwise operators. */
public enum BinaryOp {
    ADD("+"),
    SUB("-"),
    MUL("*"),
    TRUEDIV("/"),
    FLOORDIV("//"),
    MOD("%"),
    POW("**"),
    LSHIFT("<<"),
    RSHIFT(">>"),
    AND("&"),
    OR("|"),
    XOR("^");

    private final String symbol;

    BinaryOp(String symbol) {
        this.symbol = symbol;
    }

    /** The operator as written in Python source. */
    public String symbol() {
        return symbol;
    }

    /** {@code left <op> right}. */
    public PyObject apply(PyObject left, PyObject right) {
        return Operators.binary(this, left, right);
    }

    boolean bitwise() {
        return ordinal() >= LSHIFT.ordinal();
    }
}
