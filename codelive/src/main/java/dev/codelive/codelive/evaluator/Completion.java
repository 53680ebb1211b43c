package dev.codelive.codelive.evaluator;

/** How a statement or block ended: normally, or by {@code break}, {@code continue} or {@code return}. */
enum Completion {
    NORMAL,
    BREAK,
    CONTINUE,
    RETURN
}
