package dev.codelive.platform.config;

/** Range and presence checks for configuration records, failing with the key's name. */
public final class Validate {
    private Validate() {}

    public static void range(String key, long value, long min, long max) {
        if (value < min || value > max) {
            throw new ConfigException(key, "must be between " + min + " and " + max + ", got " + value);
        }
    }

    public static void present(String key, Object value) {
        if (value == null) {
            throw new ConfigException(key, "is required");
        }
    }
}
