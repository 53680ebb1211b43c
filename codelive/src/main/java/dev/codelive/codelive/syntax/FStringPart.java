package dev.codelive.codelive.syntax;

import java.util.List;

/** A piece of an {@link Expr.FString}: literal text, or an interpolated {@code {expression!conversion:spec}}. */
public sealed interface FStringPart extends Node {

    /** Literal text, escapes decoded and {@code {{ }}} undoubled. */
    record Text(String value, Span span) implements FStringPart {
        @Override
        public List<Node> children() {
            return List.of();
        }
    }

    /**
     * {@code {expression!conversion:formatSpec}}. The format spec is kept verbatim ({@code ".2f"}; empty when absent,
     * which formats alike) for later stages to accept or refuse; a spec with nested replacement fields
     * ({@code {x:{width}}}) is refused by the parser. The debugging form {@code {x=}} arrives as CPython compiles it:
     * a {@link Text} {@code "x="} followed by an interpolation with {@link Conversion#REPR}.
     */
    record Interpolation(Expr expression, Conversion conversion, String formatSpec, Span span) implements FStringPart {
        @Override
        public List<Node> children() {
            return List.of(expression);
        }
    }

    /** How the value is converted before formatting: {@code !s}, {@code !r}, {@code !a}, or not at all. */
    enum Conversion {
        NONE(""),
        STR("!s"),
        REPR("!r"),
        ASCII("!a");

        private final String suffix;

        Conversion(String suffix) {
            this.suffix = suffix;
        }

        /** How Python spells it after the expression, empty for {@link #NONE}. */
        public String suffix() {
            return suffix;
        }
    }
}
