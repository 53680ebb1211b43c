package dev.codelive.codelive.syntax;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds on what one parse may cost, so that hostile snippets fail fast with {@link LimitExceeded}.
 *
 * @param maxSourceBytes size of the snippet in UTF-8 bytes
 * @param maxDepth how deeply brackets, indented blocks and recursive expression forms (unary operators,
 *     conditional expressions, {@code **}) may nest; bounds the parser's recursion
 * @param maxTreeHeight height of the resulting syntax tree, which also counts operator chains ({@code a + b + c} is
 *     a left-leaning tree); bounds the recursion of every later stage that walks the tree
 * @param maxNodes number of syntax tree nodes
 * @param deadline wall-clock time for the whole parse (at least 1 ms), checked cooperatively every few tokens and
 *     nodes
 */
public record ParseLimits(int maxSourceBytes, int maxDepth, int maxTreeHeight, int maxNodes, Duration deadline) {
    /** 64 KB of source, 64 levels of nesting, a tree 256 levels high, 20 000 nodes, 50 ms. */
    public static final ParseLimits DEFAULTS = new ParseLimits(64 * 1024, 64, 256, 20_000, Duration.ofMillis(50));

    public ParseLimits {
        Objects.requireNonNull(deadline, "deadline");
        if (maxSourceBytes < 1 || maxDepth < 1 || maxTreeHeight < 1 || maxNodes < 1) {
            throw new IllegalArgumentException("parse limits must be positive");
        }
        if (deadline.toMillis() < 1) {
            throw new IllegalArgumentException("parse deadline must be at least 1 ms: " + deadline);
        }
    }

    public ParseLimits withMaxSourceBytes(int bytes) {
        return new ParseLimits(bytes, maxDepth, maxTreeHeight, maxNodes, deadline);
    }

    public ParseLimits withMaxDepth(int depth) {
        return new ParseLimits(maxSourceBytes, depth, maxTreeHeight, maxNodes, deadline);
    }

    public ParseLimits withMaxTreeHeight(int height) {
        return new ParseLimits(maxSourceBytes, maxDepth, height, maxNodes, deadline);
    }

    public ParseLimits withMaxNodes(int nodes) {
        return new ParseLimits(maxSourceBytes, maxDepth, maxTreeHeight, nodes, deadline);
    }

    public ParseLimits withDeadline(Duration limit) {
        return new ParseLimits(maxSourceBytes, maxDepth, maxTreeHeight, maxNodes, limit);
    }
}
