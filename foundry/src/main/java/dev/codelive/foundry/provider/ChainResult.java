package dev.codelive.foundry.provider;

import java.util.List;
import java.util.Objects;

/** The music and how the chain came by it: every attempt, skipped providers included, in order. */
public record ChainResult(GeneratedMusic music, List<Attempt> attempts) {
    public ChainResult {
        Objects.requireNonNull(music, "music");
        attempts = List.copyOf(attempts);
    }
}
