package dev.codelive.foundry.provider;

import dev.codelive.platform.config.ConfigException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How a hosted model names its inputs: which field takes the prompt, the duration in whole seconds, and the seed.
 * Models differ (MusicGen has {@code duration}, Stable Audio {@code seconds_total}), so operators can map them.
 *
 * @param prompt the field that takes the prompt text
 * @param duration the field that takes the length in whole seconds; empty when the model has none
 * @param seed the field that takes the seed; empty when the model has none
 */
public record InputFields(String prompt, Optional<String> duration, Optional<String> seed) {
    private static final Set<String> KEYS = Set.of("prompt", "duration", "seed");

    public InputFields {
        if (prompt == null || prompt.isBlank()) {
            throw new IllegalArgumentException("the prompt field is required");
        }
        duration = duration.filter(name -> !name.isBlank());
        seed = seed.filter(name -> !name.isBlank());
    }

    /**
     * Parses {@code prompt=prompt,duration=duration,seed=seed} from variable {@code key}: our input on the left, the
     * model's field on the right; an empty right side (or a missing entry) means the model does not take it.
     */
    static InputFields parse(String key, String raw) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String entry : raw.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            int equals = entry.indexOf('=');
            if (equals < 0) {
                throw new ConfigException(key, "expected ours=theirs pairs such as prompt=prompt, got '" + entry.trim() + "'");
            }
            String ours = entry.substring(0, equals).trim();
            String theirs = entry.substring(equals + 1).trim();
            if (!KEYS.contains(ours)) {
                throw new ConfigException(key, "unknown input '" + ours + "'; one of prompt, duration, seed");
            }
            if (!theirs.matches("[A-Za-z0-9_.-]*")) {
                throw new ConfigException(key, "field name '" + theirs + "' may only contain letters, digits, '_', '.' and '-'");
            }
            if (fields.put(ours, theirs) != null) {
                throw new ConfigException(key, "input '" + ours + "' is mapped twice");
            }
        }
        String prompt = fields.getOrDefault("prompt", "");
        if (prompt.isEmpty()) {
            throw new ConfigException(key, "must map prompt to a field, e.g. prompt=prompt");
        }
        return new InputFields(prompt, Optional.ofNullable(fields.get("duration")), Optional.ofNullable(fields.get("seed")));
    }
}
