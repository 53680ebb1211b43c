package dev.codelive.codelive.knobs;

/** An optimisation strategy a user can switch on; each one is proven equivalent by the conformance harness. */
public enum Optimization {
    /** Evaluates constant subexpressions at render time, with Python's semantics. */
    CONSTANT_FOLDING("constant_folding"),
    /** Replaces sums over arithmetic ranges (and of their squares) with their closed form. */
    CLOSED_FORMS("closed_forms");

    private final String knob;

    Optimization(String knob) {
        this.knob = knob;
    }

    /** The name in the API. */
    public String knob() {
        return knob;
    }
}
