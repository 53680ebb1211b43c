package dev.codelive.codelive.render;

import dev.codelive.codelive.syntax.Position;
import dev.codelive.codelive.syntax.SourceProblem;

/**
 * The reference run of the snippet ended with an uncaught exception, as CPython's would: the snippet is rendered only
 * when it runs to its end, since no backend reproduces Python's tracebacks. {@code "the snippet raises
 * ZeroDivisionError: division by zero at 3:7"}.
 */
public final class SnippetRaises extends SourceProblem {
    public SnippetRaises(String traceLine, Position position) {
        super("the snippet raises", traceLine, position);
    }

    @Override
    public String kind() {
        return "snippet-raises";
    }
}
