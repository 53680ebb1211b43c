package dev.codelive.platform.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Loads {@link Policy}: the bundled {@code policy.yml} holds every default, and an operator's file is merged
 * over it key by key, so an override file needs only the keys it changes.
 */
public final class PolicyLoader {
    /** Classpath location of the bundled defaults (copied from {@code config/policy.yml} at build time). */
    public static final String BUNDLED = "/codelive/policy.yml";

    private final ObjectMapper yaml = JsonMapper.builder(new YAMLFactory())
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .build();

    /** The bundled defaults, optionally overridden by {@code overrideFile}. */
    public LoadedPolicy load(Optional<Path> overrideFile) {
        byte[] bundled = readBundled();
        JsonNode tree = parse("bundled policy.yml", bundled);
        if (overrideFile.isEmpty()) {
            return new LoadedPolicy(bind(tree), "bundled defaults", sha256(bundled));
        }
        Path file = overrideFile.get();
        byte[] override = readFile(file);
        JsonNode overrides = parse(file.toString(), override);
        if (!overrides.isMissingNode() && !overrides.isNull()) {
            if (!overrides.isObject()) {
                throw new ConfigException("POLICY_FILE", file + " must contain a YAML mapping at the top level");
            }
            merge((ObjectNode) tree, (ObjectNode) overrides);
        }
        return new LoadedPolicy(bind(tree), file.toString(), sha256(override));
    }

    /**
     * A module's section {@code modules.<name>} of {@code policy}, bound to the module's {@code type} as strictly as
     * the platform's own sections (unknown keys, missing keys and out-of-range values are {@link ConfigException}s
     * naming the key), so a module that binds its section when it registers fails the boot just as early.
     */
    public <T> T bindModule(Policy policy, String name, Class<T> type) {
        JsonNode section = policy.modules().get(name);
        if (section == null) {
            throw new ConfigException("policy modules." + name, "missing section");
        }
        return bind(section, type, "modules." + name);
    }

    private Policy bind(JsonNode tree) {
        return bind(tree, Policy.class, "");
    }

    private <T> T bind(JsonNode tree, Class<T> type, String root) {
        String base = root.isEmpty() ? "" : root + ".";
        try {
            return yaml.treeToValue(tree, type);
        } catch (UnrecognizedPropertyException e) {
            throw new ConfigException("policy " + base + path(e, e.getPropertyName()), "unknown key");
        } catch (JsonMappingException e) {
            ConfigException cause = findConfigException(e);
            if (cause != null) {
                String prefix = path(e, null);
                String key = cause.key().startsWith(prefix) || prefix.isEmpty() ? cause.key() : prefix + "." + cause.key();
                key = key.startsWith(base) ? key : base + key;
                throw new ConfigException("policy " + key, cause.getMessage().substring(cause.key().length() + 2));
            }
            throw new ConfigException("policy " + base + path(e, null), "invalid value (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode parse(String source, byte[] bytes) {
        try {
            return yaml.readTree(bytes);
        } catch (IOException e) {
            throw new ConfigException("POLICY_FILE", source + " is not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /** Deep merge: objects merge recursively, anything else in {@code overrides} replaces the default. */
    private static void merge(ObjectNode target, ObjectNode overrides) {
        for (Iterator<Map.Entry<String, JsonNode>> it = overrides.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode existing = target.get(entry.getKey());
            if (existing instanceof ObjectNode existingObject && entry.getValue() instanceof ObjectNode overrideObject) {
                merge(existingObject, overrideObject);
            } else {
                target.set(entry.getKey(), entry.getValue());
            }
        }
    }

    private static String path(JsonMappingException e, String leaf) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()))
                .collect(Collectors.joining("."));
        if (leaf != null && !path.endsWith(leaf)) {
            path = path.isEmpty() ? leaf : path + "." + leaf;
        }
        return path;
    }

    private static ConfigException findConfigException(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConfigException config) {
                return config;
            }
        }
        return null;
    }

    private static byte[] readBundled() {
        try (InputStream in = PolicyLoader.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("bundled policy missing from the classpath: " + BUNDLED);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readFile(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ConfigException("POLICY_FILE", "cannot read " + file + " (" + e.getClass().getSimpleName() + ")");
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }
}
