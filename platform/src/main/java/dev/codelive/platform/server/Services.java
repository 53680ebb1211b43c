package dev.codelive.platform.server;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one capability offers another, by interface: the provider registers its implementation, the user looks it up
 * when it needs it (so registration order does not matter). The interfaces live in the platform, so capabilities
 * never depend on each other's internals.
 */
public final class Services {
    private final Map<Class<?>, Object> provided = new ConcurrentHashMap<>();

    public <T> void provide(Class<T> type, T implementation) {
        if (provided.putIfAbsent(type, implementation) != null) {
            throw new IllegalStateException(type.getSimpleName() + " is provided twice");
        }
    }

    public <T> Optional<T> find(Class<T> type) {
        return Optional.ofNullable(provided.get(type)).map(type::cast);
    }
}
