package dev.codelive.foundry.provider;

import java.util.Optional;

/**
 * A hosted provider's credential. Only the client that sends it reads it; it prints as {@code [redacted]}, and it has
 * no equality: nothing compares secrets.
 */
public final class ApiKey {
    private final String value;

    private ApiKey(String value) {
        this.value = value;
    }

    /** The key in {@code raw}, trimmed; empty when unset or blank. */
    static Optional<ApiKey> of(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new ApiKey(raw.trim()));
    }

    /** The secret itself, for the Authorization header and for scrubbing it from messages; never log it. */
    String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "[redacted]";
    }
}
