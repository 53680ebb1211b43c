package dev.codelive.codelive.syntax;

import java.util.Objects;

/**
 * Valid Python outside the subset Code Live renders: {@code "not supported yet: class definitions at 3:1"}. The
 * construct is named in plain words, in the plural.
 */
public final class UnsupportedConstruct extends SourceProblem {
    private final String construct;

    public UnsupportedConstruct(String construct, Position position) {
        super("not supported yet", construct, Objects.requireNonNull(position, "position"));
        this.construct = construct;
    }

    @Override
    public String kind() {
        return "unsupported-construct";
    }

    /** The construct in plain words, e.g. {@code "class definitions"}. */
    public String construct() {
        return construct;
    }
}
