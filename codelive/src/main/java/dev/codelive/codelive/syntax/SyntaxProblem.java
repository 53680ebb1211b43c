package dev.codelive.codelive.syntax;

/** The snippet is not valid Python: {@code "syntax error: expected ':' at 1:9"}. */
public final class SyntaxProblem extends SourceProblem {
    public SyntaxProblem(String what, Position position) {
        super("syntax error", what, position);
    }

    @Override
    public String kind() {
        return "syntax-error";
    }
}
