package dev.codelive.codelive.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayDeque;
import java.util.Deque;

/** Shorthands for parser tests: parse with the default limits, print, or catch the problem. */
final class Parsing {
    /** The default limits, except the deadline, which only {@link LimitsTest} tests, with a clock of its own. */
    static final PythonParser PARSER = untimed(ParseLimits.DEFAULTS);

    private Parsing() {}

    /**
     * A parser whose clock stands still: a cold JVM on a loaded machine can take longer than the deadline for its
     * first parse, and no test but the deadline's own should depend on the machine's speed.
     */
    static PythonParser untimed(ParseLimits limits) {
        return new PythonParser(limits, () -> 0L);
    }

    static Module parse(String source) {
        return PARSER.parse(source);
    }

    /** The normalised source of a snippet, one line per statement. */
    static String printed(String source) {
        return AstPrinter.print(parse(source));
    }

    /** The single expression a snippet consists of. */
    static Expr expression(String source) {
        Module module = parse(source);
        assertThat(module.isSingleExpression()).as("%s is a single expression", source).isTrue();
        return ((Stmt.ExprStmt) module.body().getFirst()).expression();
    }

    static SourceProblem problem(String source) {
        SourceProblem problem = catchThrowableOfType(SourceProblem.class, () -> PARSER.parse(source));
        assertThat(problem).as("a problem with %s", source).isNotNull();
        return problem;
    }

    /** The message of the problem with {@code source}. */
    static String error(String source) {
        return problem(source).getMessage();
    }

    /** Every node's span is well-formed and lies within its parent's, and siblings come in source order. */
    static void assertSpansNest(Module module) {
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(module);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            Position previous = null;
            for (Node child : node.children()) {
                assertThat(node.span().contains(child.span()))
                        .as("%s (%s) contains %s (%s)", kind(node), node.span(), kind(child), child.span()).isTrue();
                if (previous != null) {
                    assertThat(child.span().start()).as("%s children in source order", kind(node))
                            .isGreaterThanOrEqualTo(previous);
                }
                previous = child.span().start();
                pending.push(child);
            }
        }
    }

    private static String kind(Node node) {
        return node.getClass().getSimpleName();
    }
}
