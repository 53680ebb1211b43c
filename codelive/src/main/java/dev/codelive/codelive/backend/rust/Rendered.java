package dev.codelive.codelive.backend.rust;

/**
 * A rendered Rust expression: its code, what kind of value it denotes (an owned temporary, a place, a borrow) and
 * how tightly it binds, so that callers add parentheses, borrows and clones only where Rust needs them.
 */
record Rendered(String code, Shape shape, int precedence) {
    static final int ATOM = 100;
    static final int UNARY = 90;
    static final int CAST = 80;
    static final int MULTIPLY = 70;
    static final int ADD = 60;
    static final int COMPARE = 40;
    static final int AND = 30;
    static final int OR = 20;
    static final int LOWEST = 0;

    /** What a rendered expression denotes. */
    enum Shape {
        /** An owned temporary, or any value of a Copy type: use it as it is. */
        VALUE,
        /** An owned variable or element: clone it to take its value. */
        PLACE,
        /** A {@code &T} to an owned value ({@code &String}, {@code &Vec<T>}), such as a loop variable. */
        REF,
        /** A {@code &str} or {@code &[T]}: a read-only parameter, a string literal or a constant. */
        SLICE,
        /** A {@code &mut Vec<T>}: a list parameter the function changes. */
        MUTREF
    }

    static Rendered value(String code, int precedence) {
        return new Rendered(code, Shape.VALUE, precedence);
    }

    static Rendered atom(String code) {
        return new Rendered(code, Shape.VALUE, ATOM);
    }

    /** The code, parenthesised unless it binds at least as tightly as {@code precedence}. */
    String at(int minimum) {
        return precedence >= minimum ? code : "(" + code + ")";
    }
}
