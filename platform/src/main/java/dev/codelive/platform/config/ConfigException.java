package dev.codelive.platform.config;

/** Invalid configuration: names the offending key and what is wrong with it, so start-up can stop with a clear message. */
public final class ConfigException extends RuntimeException {
    private final String key;

    public ConfigException(String key, String problem) {
        super(key + ": " + problem);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
