package dev.codelive.codelive.syntax;

import java.util.Optional;

/**
 * Why a snippet cannot be rendered, located in its source: the one type the HTTP layer maps to a 422 problem with
 * {@link #detail()} and line:column. Later stages (analysis, backends, the evaluator) subclass it for their refusals.
 * Its message is the whole user-facing detail, such as {@code "not supported yet: class definitions at 3:1"}.
 */
public abstract class SourceProblem extends RuntimeException {
    private final String what;
    private final transient Position position;

    /**
     * @param prefix the kind of problem as users read it, e.g. {@code "syntax error"}
     * @param what what is wrong, e.g. {@code "expected ')'"}
     * @param position where, or null when the problem concerns the snippet as a whole (its size, say)
     */
    protected SourceProblem(String prefix, String what, Position position) {
        // No stack trace: these describe user input, and the parser throws them on every bad snippet.
        super(prefix + ": " + what + (position == null ? "" : " at " + position), null, false, false);
        this.what = what;
        this.position = position;
    }

    /** A stable slug for the problem type, e.g. {@code "syntax-error"}; the HTTP layer uses it in the problem type. */
    public abstract String kind();

    /** What is wrong, without the prefix and position. */
    public String what() {
        return what;
    }

    public Optional<Position> position() {
        return Optional.ofNullable(position);
    }

    /** The complete message, e.g. {@code "syntax error: expected ')' at 2:14"}. */
    public String detail() {
        return getMessage();
    }
}
