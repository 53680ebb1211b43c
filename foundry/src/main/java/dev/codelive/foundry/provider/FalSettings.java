package dev.codelive.foundry.provider;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach fal's queue and which model to run.
 *
 * @param queueUrl the queue root, e.g. {@code https://queue.fal.run} (no trailing slash)
 * @param key the API key; without one the provider is skipped
 * @param model the model id, e.g. {@code fal-ai/stable-audio}
 * @param input the model's input field names
 * @param maxDurationSeconds the longest track the model makes; longer requests fall back without calling it
 */
public record FalSettings(URI queueUrl, Optional<ApiKey> key, String model, InputFields input, int maxDurationSeconds) {
    public FalSettings {
        Objects.requireNonNull(queueUrl, "queueUrl");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(input, "input");
    }
}
