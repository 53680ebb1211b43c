package dev.codelive.foundry.provider;

import java.util.Objects;

/**
 * What a provider is asked to make.
 *
 * @param trackId the track it is for (hosted providers may see it as a reference; never a secret)
 * @param prompt the user's words, 1 to 1000 characters
 * @param durationSeconds the length wanted, 5 to 300 s
 * @param hasVocals whether a voice should sing
 * @param seed makes the result repeatable where the provider allows it (always for {@code local})
 */
public record MusicRequest(String trackId, String prompt, double durationSeconds, boolean hasVocals, long seed) {
    public MusicRequest {
        Objects.requireNonNull(trackId, "trackId");
        Objects.requireNonNull(prompt, "prompt");
    }
}
