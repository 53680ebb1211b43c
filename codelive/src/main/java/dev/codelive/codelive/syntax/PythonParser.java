package dev.codelive.codelive.syntax;

import dev.codelive.codelive.syntax.LimitExceeded.Limit;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Parses a snippet of the Python 3 subset into a {@link Module}, or throws a {@link SourceProblem}: a
 * {@link SyntaxProblem}, an {@link UnsupportedConstruct} or a {@link LimitExceeded}, never anything else. Immutable
 * and safe to share between threads; each call has its own budget.
 */
public final class PythonParser {
    private final ParseLimits limits;
    private final LongSupplier nanoClock;

    public PythonParser() {
        this(ParseLimits.DEFAULTS);
    }

    public PythonParser(ParseLimits limits) {
        this(limits, System::nanoTime);
    }

    /** With the clock the deadline is measured on ({@link System#nanoTime} semantics). */
    PythonParser(ParseLimits limits, LongSupplier nanoClock) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
    }

    public ParseLimits limits() {
        return limits;
    }

    public Module parse(String source) {
        Objects.requireNonNull(source, "source");
        checkCharacters(source);
        Budget budget = new Budget(limits, nanoClock);
        Module module = new Parser(source, Lexer.forModule(source, budget).tokenize(), budget).module();
        checkHeight(module);
        return module;
    }

    /**
     * The size in UTF-8 bytes, then what a Java string can hold but Python source cannot: NUL (CPython refuses it)
     * and lone surrogates (UTF-8 cannot encode them, so a real source file never has them).
     */
    private void checkCharacters(String source) {
        long bytes = 0;
        int bad = -1;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < source.length()
                    && Character.isLowSurrogate(source.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
                if (Character.isSurrogate(c) && bad < 0) {
                    bad = i;
                }
            }
            if (c == 0 && bad < 0) {
                bad = i;
            }
            if (bytes > limits.maxSourceBytes()) {
                throw new LimitExceeded(Limit.SOURCE_SIZE, limits.maxSourceBytes(), null);
            }
        }
        if (bad >= 0) {
            Position at = Lexer.locate(source, 0, 1, 1, bad);
            char c = source.charAt(bad);
            throw new SyntaxProblem(c == 0 ? "source code cannot contain null bytes"
                    : String.format("lone surrogate U+%04X cannot be encoded in UTF-8", (int) c), at);
        }
    }

    /**
     * The tree's height, walked without recursion: it is this check that makes recursion safe for later stages. A
     * tree too high is reported at the first node, in source order, that is too deep.
     */
    private void checkHeight(Module module) {
        record Visit(Node node, int depth) {}
        Deque<Visit> pending = new ArrayDeque<>();
        pending.push(new Visit(module, 1));
        while (!pending.isEmpty()) {
            Visit visit = pending.pop();
            if (visit.depth() > limits.maxTreeHeight()) {
                throw new LimitExceeded(Limit.TREE_HEIGHT, limits.maxTreeHeight(), visit.node().span().start());
            }
            List<Node> children = visit.node().children();
            for (int i = children.size() - 1; i >= 0; i--) { // so that nodes are visited in source order
                pending.push(new Visit(children.get(i), visit.depth() + 1));
            }
        }
    }
}
