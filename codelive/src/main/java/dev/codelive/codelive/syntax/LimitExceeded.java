package dev.codelive.codelive.syntax;

/**
 * The snippet is over one of the {@link ParseLimits}, which keep hostile input from costing more than a small,
 * fixed amount of memory and time: {@code "limit exceeded: nesting deeper than 64 levels at 1:65"}.
 */
public final class LimitExceeded extends SourceProblem {
    /** The limits, each with how its message reads. */
    public enum Limit {
        SOURCE_SIZE("source larger than %d bytes"),
        NESTING_DEPTH("nesting deeper than %d levels"),
        TREE_HEIGHT("syntax tree deeper than %d levels"),
        NODE_COUNT("more than %d syntax nodes"),
        DEADLINE("parsing took longer than %d ms"),
        ANALYSIS_DEADLINE("parsing and typing took longer than %d ms");

        private final String format;

        Limit(String format) {
            this.format = format;
        }

        String describe(long bound) {
            return String.format(format, bound);
        }
    }

    private final Limit limit;
    private final long bound;

    public LimitExceeded(Limit limit, long bound, Position position) {
        super("limit exceeded", limit.describe(bound), position);
        this.limit = limit;
        this.bound = bound;
    }

    @Override
    public String kind() {
        return "limit-exceeded";
    }

    public Limit limit() {
        return limit;
    }

    /** The value of the limit that was exceeded, in its unit (bytes, levels, nodes, milliseconds). */
    public long bound() {
        return bound;
    }
}
