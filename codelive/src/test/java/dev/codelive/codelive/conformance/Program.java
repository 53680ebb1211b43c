package dev.codelive.codelive.conformance;

import java.util.Objects;

/** A complete program for one target, as a renderer produced it. */
public record Program(Target target, String source) {
    public Program {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(source, "source");
    }

    @Override
    public String toString() {
        return target + " program (" + source.length() + " chars)";
    }
}
