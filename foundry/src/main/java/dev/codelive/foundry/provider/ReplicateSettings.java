package dev.codelive.foundry.provider;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach Replicate and which model to run.
 *
 * @param baseUrl the API root, e.g. {@code https://api.replicate.com/v1} (no trailing slash)
 * @param token the API token; without one the provider is skipped
 * @param model {@code owner/name}, run at its latest version unless {@code version} names one
 * @param version a version id, sent as {@code version} to {@code POST /predictions}
 * @param input the model's input field names
 * @param maxDurationSeconds the longest track the model makes; longer requests fall back without calling it
 */
public record ReplicateSettings(URI baseUrl, Optional<ApiKey> token, String model, Optional<String> version, InputFields input,
        int maxDurationSeconds) {
    public ReplicateSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(input, "input");
    }
}
