package dev.codelive.platform.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Typed, validated reads of environment variables.
 *
 * <p>Wraps a plain map rather than {@link System#getenv()} so tests can supply their own environment
 * without touching the process.
 */
public final class Environment {
    private final Map<String, String> variables;

    public Environment(Map<String, String> variables) {
        this.variables = Map.copyOf(variables);
    }

    public static Environment system() {
        return new Environment(System.getenv());
    }

    /** Every variable as given, for components that read their own (a map never holds a secret in its toString here: callers must not log it). */
    public Map<String, String> variables() {
        return variables;
    }

    /** The value, trimmed; absent when unset or blank (an empty variable means "use the default"). */
    public Optional<String> string(String key) {
        return Optional.ofNullable(variables.get(key)).map(String::trim).filter(value -> !value.isEmpty());
    }

    public String string(String key, String defaultValue) {
        return string(key).orElse(defaultValue);
    }

    public int integer(String key, int defaultValue, int min, int max) {
        return string(key).map(raw -> parseInteger(key, raw, min, max)).orElse(defaultValue);
    }

    public Duration seconds(String key, Duration defaultValue, int minSeconds, int maxSeconds) {
        return string(key).map(raw -> Duration.ofSeconds(parseInteger(key, raw, minSeconds, maxSeconds))).orElse(defaultValue);
    }

    public Path path(String key, String defaultValue) {
        String raw = string(key, defaultValue);
        try {
            return Path.of(raw).toAbsolutePath().normalize();
        } catch (RuntimeException e) {
            throw new ConfigException(key, "not a valid path: " + raw);
        }
    }

    /** A comma-separated list, blanks dropped. */
    public List<String> list(String key) {
        return string(key)
                .map(raw -> Arrays.stream(raw.split(",")).map(String::trim).filter(item -> !item.isEmpty()).toList())
                .orElse(List.of());
    }

    private static int parseInteger(String key, String raw, int min, int max) {
        final int value;
        try {
            value = Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw new ConfigException(key, "expected a whole number, got '" + raw + "'");
        }
        if (value < min || value > max) {
            throw new ConfigException(key, "must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }
}
