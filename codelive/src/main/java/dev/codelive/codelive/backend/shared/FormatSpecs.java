package dev.codelive.codelive.backend.shared;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The format specs ({@code f"{x:>8.2f}"}) the TypeScript and C# preludes implement:
 * {@code [[fill]align][sign][0][width][,|_][.precision][type]} with the types {@code d x X o b} for ints,
 * {@code e E f F g G %} for floats (and ints), {@code s} for strs, or none. Not {@code #}, {@code z}, {@code c},
 * {@code n}, nested fields. The helpers parse the spec again at run time; this check decides what is rendered.
 */
public final class FormatSpecs {
    private static final Pattern SPEC = Pattern.compile(
            "^(?:(.)?([<>=^]))?([+\\- ])?(0)?(\\d{1,4})?([,_])?(?:\\.(\\d{1,4}))?([a-zA-Z%])?$", Pattern.DOTALL);

    /** What is formatted: bools with a non-empty spec format as ints. */
    public enum Kind {
        INT,
        FLOAT,
        STR
    }

    private FormatSpecs() {}

    /** Why the spec cannot be rendered for a value of this kind, or empty when it can. */
    public static Optional<String> problem(String spec, Kind kind) {
        Matcher m = SPEC.matcher(spec);
        if (!m.matches() || spec.codePoints().anyMatch(c -> c > 0xFFFF)) {
            return Optional.of("the format spec '" + spec + "'");
        }
        String type = m.group(8) == null ? "" : m.group(8);
        boolean precision = m.group(7) != null;
        String grouping = m.group(6) == null ? "" : m.group(6);
        boolean floatType = "eEfFgG%".contains(type) && !type.isEmpty();
        return switch (kind) {
            case STR -> !type.isEmpty() && !type.equals("s") || m.group(3) != null || "=".equals(m.group(2)) || !grouping.isEmpty()
                    ? Optional.of("the format spec '" + spec + "' for a str") : Optional.empty();
            case INT -> {
                boolean intType = type.isEmpty() || "dxXob".contains(type);
                if (!intType && !floatType || intType && precision
                        || grouping.equals(",") && !(type.isEmpty() || type.equals("d") || floatType)) {
                    yield Optional.of("the format spec '" + spec + "' for an int");
                }
                yield Optional.empty();
            }
            case FLOAT -> !type.isEmpty() && !floatType ? Optional.of("the format spec '" + spec + "' for a float") : Optional.empty();
        };
    }
}
