package dev.codelive.platform.flags;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import dev.codelive.platform.auth.User;
import dev.codelive.platform.config.ConfigException;
import dev.codelive.platform.config.Policy.FeatureSpec;
import dev.codelive.platform.events.EventBus;
import dev.codelive.platform.http.FieldError;
import dev.codelive.platform.settings.Settings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feature flags: declared by modules, overridden field by field by {@code policy.yml}, then by admins at run time, and
 * evaluated per caller by {@link FlagRule}.
 *
 * <p>Admin overrides live in the shared settings table ({@code flag.<name>}, as JSON). Each replica caches them for
 * the configured time; a change is announced on the event bus, so every replica that hears it re-reads at once, and
 * the cache time bounds how stale a replica that missed it can be. A failed re-read keeps the last known overrides.
 */
public final class FeatureFlags {
    /** Published after an admin changes an override, so that other replicas re-read at once. */
    public static final String CHANGED = "flags.changed";
    private static final Logger LOG = LoggerFactory.getLogger(FeatureFlags.class);
    private static final String SETTING_PREFIX = "flag.";
    private static final String ALL = "all";

    private final Settings settings;
    private final EventBus events;
    private final ObjectMapper json;
    // Overrides written by a newer release may carry fields this one does not know; the known ones still apply.
    private final ObjectReader overrideReader;
    private final String environment;
    private final Map<String, PolicyEntry> policy;
    private final Map<String, FlagDefinition> declared = new ConcurrentHashMap<>();
    private final LoadingCache<String, Map<String, FlagOverride>> overrides;

    /** A flag's entry in the policy: a description and the fields it sets. */
    private record PolicyEntry(Optional<String> description, FlagOverride rule) {}

    /** A declared flag with the policy applied. */
    private record Definition(String name, String description, List<String> sources, FlagRule defaults) {}

    /**
     * @param json the API's mapper (snake_case), for the stored overrides
     * @param features the policy's flags
     * @param environment what flags' {@code environments} lists are matched against
     * @param cacheTtl longest a replica serves overrides without re-reading them
     * @throws ConfigException when a policy entry is invalid
     */
    public FeatureFlags(Settings settings, EventBus events, ObjectMapper json, Map<String, FeatureSpec> features, String environment,
                        Duration cacheTtl) {
        this.settings = settings;
        this.events = events;
        this.json = json;
        this.overrideReader = json.readerFor(FlagOverride.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.environment = environment;
        this.policy = policyEntries(features);
        // Refresh rather than expire: a failed re-read (database away) keeps serving the last known overrides.
        this.overrides = Caffeine.newBuilder().refreshAfterWrite(cacheTtl).maximumSize(1).build(ignored -> loadOverrides());
        events.subscribe(CHANGED, event -> overrides.invalidateAll());
        events.subscribe(EventBus.RESYNC, event -> overrides.invalidateAll());
    }

    private static Map<String, PolicyEntry> policyEntries(Map<String, FeatureSpec> features) {
        Map<String, PolicyEntry> entries = new HashMap<>();
        features.forEach((name, spec) -> {
            if (!FlagDefinition.NAME.matcher(name).matches()) {
                throw new ConfigException("policy features." + name, "a flag name is 1-50 characters of a-z, 0-9 and _, starting with a letter");
            }
            FlagOverride rule = new FlagOverride(spec.enabled().orElse(null), spec.rolloutPercentage().orElse(null),
                    spec.userGroups().orElse(null), spec.environments().orElse(null));
            List<FieldError> problems = rule.problems();
            if (!problems.isEmpty()) {
                throw new ConfigException("policy features." + name + "." + problems.getFirst().field(), problems.getFirst().message());
            }
            entries.put(name, new PolicyEntry(spec.description().filter(text -> !text.isBlank()), rule));
        });
        return Map.copyOf(entries);
    }

    /**
     * Declares a module's flag; call it from {@code register}. The policy and admins may override its defaults.
     *
     * @throws IllegalStateException when another module declared the same name
     */
    public void declare(FlagDefinition definition) {
        FlagDefinition earlier = declared.putIfAbsent(definition.name(), definition);
        if (earlier != null) {
            throw new IllegalStateException("feature flag " + definition.name() + " is declared twice");
        }
    }

    /** The environment flags are evaluated for. */
    public String environment() {
        return environment;
    }

    /**
     * Whether {@code name} is on for {@code caller} (empty: anonymous).
     *
     * @throws IllegalArgumentException for a flag neither a module nor the policy declares
     */
    public boolean isOn(String name, Optional<User> caller) {
        Definition definition = definition(name).orElseThrow(() -> new IllegalArgumentException("undeclared feature flag " + name));
        return effective(definition, overrides.get(ALL).get(name)).isOnFor(name, environment, caller);
    }

    /** Every flag, on or off for {@code caller}, by name. */
    public Map<String, Boolean> evaluate(Optional<User> caller) {
        Map<String, FlagOverride> current = overrides.get(ALL);
        Map<String, Boolean> flags = new TreeMap<>();
        for (String name : names()) {
            definition(name).ifPresent(definition ->
                    flags.put(name, effective(definition, current.get(name)).isOnFor(name, environment, caller)));
        }
        return flags;
    }

    /** Every flag as admins see it, by name. */
    public List<FlagState> states() {
        Map<String, FlagOverride> current = overrides.get(ALL);
        List<FlagState> states = new ArrayList<>();
        for (String name : names()) {
            definition(name).ifPresent(definition -> states.add(state(definition, current.get(name))));
        }
        return states;
    }

    public Optional<FlagState> state(String name) {
        return definition(name).map(definition -> state(definition, overrides.get(ALL).get(name)));
    }

    /**
     * Sets the fields {@code change} names in the flag's override, keeping the other fields it had.
     *
     * @return empty when no such flag is declared
     * @throws IllegalArgumentException when the change has problems ({@link FlagOverride#problems()})
     */
    public Optional<OverrideChange> override(String name, FlagOverride change, String actorId) {
        Optional<Definition> definition = definition(name);
        if (definition.isEmpty()) {
            return Optional.empty();
        }
        if (!change.problems().isEmpty() || change.setsNothing()) {
            throw new IllegalArgumentException("invalid override for " + name + ": " + change);
        }
        // From the table, not the cache: the cache may not have heard of another admin's latest change.
        FlagOverride before = storedOverride(name).orElse(null);
        FlagOverride after = before == null ? change : before.with(change);
        settings.put(SETTING_PREFIX + name, write(after), actorId);
        changed(name);
        return Optional.of(new OverrideChange(before, after, state(definition.get(), after)));
    }

    /**
     * Drops the flag's override, returning it to its defaults.
     *
     * @return empty when no such flag is declared
     */
    public Optional<OverrideChange> removeOverride(String name) {
        Optional<Definition> definition = definition(name);
        if (definition.isEmpty()) {
            return Optional.empty();
        }
        FlagOverride before = storedOverride(name).orElse(null);
        if (settings.remove(SETTING_PREFIX + name)) {
            changed(name);
        }
        return Optional.of(new OverrideChange(before, null, state(definition.get(), null)));
    }

    private void changed(String name) {
        overrides.invalidateAll();
        events.publish(CHANGED, Map.of("flag", name));
    }

    private TreeSet<String> names() {
        TreeSet<String> names = new TreeSet<>(declared.keySet());
        names.addAll(policy.keySet());
        return names;
    }

    private Optional<Definition> definition(String name) {
        FlagDefinition module = declared.get(name);
        PolicyEntry entry = policy.get(name);
        if (module == null && entry == null) {
            return Optional.empty();
        }
        List<String> sources = new ArrayList<>();
        FlagRule defaults = FlagRule.OFF;
        String description = "";
        if (module != null) {
            sources.add("module");
            defaults = module.defaults();
            description = module.description();
        }
        if (entry != null) {
            sources.add("policy");
            defaults = defaults.with(entry.rule());
            description = entry.description().orElse(description);
        }
        return Optional.of(new Definition(name, description, sources, defaults));
    }

    private static FlagRule effective(Definition definition, FlagOverride override) {
        return override == null ? definition.defaults() : definition.defaults().with(override);
    }

    private FlagState state(Definition definition, FlagOverride override) {
        List<String> sources = new ArrayList<>(definition.sources());
        if (override != null) {
            sources.add("admin");
        }
        return new FlagState(definition.name(), definition.description(), sources, definition.defaults(), override, effective(definition, override));
    }

    private Map<String, FlagOverride> loadOverrides() {
        Map<String, FlagOverride> loaded = new HashMap<>();
        settings.all().forEach((key, value) -> {
            if (key.startsWith(SETTING_PREFIX)) {
                read(key.substring(SETTING_PREFIX.length()), value).ifPresent(override -> loaded.put(key.substring(SETTING_PREFIX.length()), override));
            }
        });
        return Map.copyOf(loaded);
    }

    private Optional<FlagOverride> storedOverride(String name) {
        return settings.get(SETTING_PREFIX + name).flatMap(value -> read(name, value));
    }

    /** A stored override, or empty (and a warning) when someone edited the table by hand into something invalid. */
    private Optional<FlagOverride> read(String name, String value) {
        try {
            FlagOverride override = overrideReader.readValue(value);
            if (override.problems().isEmpty()) {
                return Optional.of(override);
            }
            LOG.warn("ignoring the stored override of flag {}: {}", name, override.problems());
        } catch (JsonProcessingException e) {
            LOG.warn("ignoring the stored override of flag {}: not valid JSON", name);
        }
        return Optional.empty();
    }

    private String write(FlagOverride override) {
        try {
            return json.writeValueAsString(override);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a flag override is always serialisable", e);
        }
    }
}
