package dev.codelive.platform.health;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What each component can tell an operator beyond healthy or not (queue depths, flag counts, the storage backend),
 * shown by the admin status diagnostics next to the readiness checks.
 */
public final class ComponentDetails {
    private final Map<String, Supplier<Map<String, Object>>> sources = new LinkedHashMap<>();

    /** Registers {@code source} under {@code component}; it is called on every status request, so keep it cheap. */
    public synchronized void add(String component, Supplier<Map<String, Object>> source) {
        if (sources.putIfAbsent(component, source) != null) {
            throw new IllegalArgumentException("component details registered twice: " + component);
        }
    }

    /** Each component's details; a source that fails reports its error instead of failing the whole view. */
    public synchronized Map<String, Map<String, Object>> collect() {
        Map<String, Map<String, Object>> details = new LinkedHashMap<>();
        sources.forEach((component, source) -> {
            try {
                details.put(component, source.get());
            } catch (RuntimeException e) {
                details.put(component, Map.of("error", String.valueOf(e.getMessage())));
            }
        });
        return details;
    }
}
