package dev.codelive.exec.sandbox;

import java.nio.file.Path;

/** A host file or directory shown read-only inside the sandbox at {@code target}. */
public record Bind(Path source, String target) {
    public Bind {
        if (!target.startsWith("/") || target.contains("..")) {
            throw new IllegalArgumentException("a sandbox path must be absolute and plain: " + target);
        }
    }

    /** The host path at the same place inside the sandbox (toolchains that find their files relative to themselves). */
    public static Bind same(Path source) {
        return new Bind(source, source.toString());
    }
}
