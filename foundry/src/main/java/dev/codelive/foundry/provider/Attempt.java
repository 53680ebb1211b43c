package dev.codelive.foundry.provider;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Objects;

/**
 * One step of the chain, kept with the job: which provider, what came of it, and how long it took.
 *
 * @param httpStatus the provider's HTTP status when the failure came with one, else {@code null}
 * @param message what happened, fit to show the user (no secrets)
 */
public record Attempt(String provider, Outcome outcome, Integer httpStatus, String message, long durationMs) {

    /** What came of an attempt. */
    public enum Outcome {
        SUCCEEDED, RETRIED, FELL_BACK, FAILED, SKIPPED;

        @JsonValue
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Attempt {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(message, "message");
    }
}
