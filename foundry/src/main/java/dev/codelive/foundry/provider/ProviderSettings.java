package dev.codelive.foundry.provider;

import dev.codelive.platform.config.ConfigException;
import dev.codelive.platform.config.Environment;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The providers' configuration: environment variables (which provider comes first, keys, endpoints, models) and the
 * policy's numbers. Keys print as {@code [redacted]}.
 *
 * @param primary {@code MUSIC_PROVIDER}: the provider the chain tries first
 */
public record ProviderSettings(String primary, ReplicateSettings replicate, FalSettings fal, ProviderPolicy policy) {
    public static final String LOCAL = "local";
    public static final String FAL = "fal";
    public static final String REPLICATE = "replicate";
    /** Every provider name, in the order the chain falls back through the hosted ones (local always ends it). */
    public static final List<String> NAMES = List.of(LOCAL, FAL, REPLICATE);

    static final String DEFAULT_REPLICATE_URL = "https://api.replicate.com/v1";
    static final String DEFAULT_FAL_URL = "https://queue.fal.run";
    static final String DEFAULT_REPLICATE_MODEL = "meta/musicgen";
    static final String DEFAULT_REPLICATE_FIELDS = "prompt=prompt,duration=duration,seed=seed";
    static final String DEFAULT_FAL_MODEL = "fal-ai/stable-audio";
    static final String DEFAULT_FAL_FIELDS = "prompt=prompt,duration=seconds_total";
    /** Stable Audio makes at most 47 s. */
    static final int DEFAULT_FAL_MAX_SECONDS = 47;
    /** The longest track the API accepts. */
    static final int MAX_TRACK_SECONDS = 300;

    public ProviderSettings {
        Objects.requireNonNull(primary, "primary");
        Objects.requireNonNull(replicate, "replicate");
        Objects.requireNonNull(fal, "fal");
        Objects.requireNonNull(policy, "policy");
        if (!NAMES.contains(primary)) {
            throw new IllegalArgumentException("unknown provider '" + primary + "'");
        }
    }

    /**
     * Reads the variables in {@code env} (the README lists them) with {@code policy}'s numbers.
     *
     * @throws ConfigException naming the variable that is invalid
     */
    public static ProviderSettings from(Map<String, String> env, ProviderPolicy policy) {
        Environment variables = new Environment(env);
        String primary = variables.string("MUSIC_PROVIDER", LOCAL).toLowerCase(Locale.ROOT);
        if (!NAMES.contains(primary)) {
            throw new ConfigException("MUSIC_PROVIDER", "must be one of " + String.join(", ", NAMES) + "; got '"
                    + variables.string("MUSIC_PROVIDER", "") + "'");
        }
        ReplicateSettings replicate = new ReplicateSettings(
                baseUrl("REPLICATE_BASE_URL", variables.string("REPLICATE_BASE_URL", DEFAULT_REPLICATE_URL)),
                ApiKey.of(env.get("REPLICATE_API_TOKEN")),
                modelId("REPLICATE_MODEL", variables.string("REPLICATE_MODEL", DEFAULT_REPLICATE_MODEL), true),
                variables.string("REPLICATE_VERSION").map(ProviderSettings::versionId),
                InputFields.parse("REPLICATE_INPUT_FIELDS", variables.string("REPLICATE_INPUT_FIELDS", DEFAULT_REPLICATE_FIELDS)),
                variables.integer("REPLICATE_MAX_DURATION_S", MAX_TRACK_SECONDS, 1, MAX_TRACK_SECONDS));
        FalSettings fal = new FalSettings(
                baseUrl("FAL_QUEUE_URL", variables.string("FAL_QUEUE_URL", DEFAULT_FAL_URL)),
                ApiKey.of(env.get("FAL_KEY")),
                modelId("FAL_MODEL", variables.string("FAL_MODEL", DEFAULT_FAL_MODEL), false),
                InputFields.parse("FAL_INPUT_FIELDS", variables.string("FAL_INPUT_FIELDS", DEFAULT_FAL_FIELDS)),
                variables.integer("FAL_MAX_DURATION_S", DEFAULT_FAL_MAX_SECONDS, 1, MAX_TRACK_SECONDS));
        return new ProviderSettings(primary, replicate, fal, policy);
    }

    private static URI baseUrl(String key, String raw) {
        URI uri;
        try {
            uri = new URI(raw.endsWith("/") ? raw.substring(0, raw.length() - 1) : raw);
        } catch (URISyntaxException e) {
            throw new ConfigException(key, "not a valid URL: " + raw);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
            throw new ConfigException(key, "must be an http(s) URL with a host, got " + raw);
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw new ConfigException(key, "must not carry a query, fragment or credentials");
        }
        return uri;
    }

    /** {@code owner/name}; fal ids may go deeper ({@code fal-ai/flux/dev}), Replicate's may not. */
    private static String modelId(String key, String raw, boolean exactlyTwoSegments) {
        String segment = "[A-Za-z0-9][A-Za-z0-9._-]*";
        String pattern = exactlyTwoSegments ? segment + "/" + segment : segment + "(/" + segment + ")+";
        if (!raw.matches(pattern)) {
            throw new ConfigException(key, "expected owner/name, got '" + raw + "'");
        }
        return raw;
    }

    private static String versionId(String raw) {
        if (!raw.matches("[A-Za-z0-9]{8,128}")) {
            throw new ConfigException("REPLICATE_VERSION", "expected a version id (letters and digits), got '" + raw + "'");
        }
        return raw;
    }
}
