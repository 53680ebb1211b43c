package dev.codelive.exec.language;

import dev.codelive.exec.sandbox.Bind;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What runs one language on this host.
 *
 * @param language the language
 * @param version the toolchain's own words for its version (part of the build cache key); empty when missing
 * @param missing why the language cannot run here, when it cannot
 * @param binds toolchain files outside {@code /usr} that the sandbox must show (read-only)
 * @param environment variables the toolchain needs inside the sandbox
 */
public record Toolchain(Language language, String version, Optional<String> missing, List<Bind> binds, Map<String, String> environment) {
    public Toolchain {
        binds = List.copyOf(binds);
        environment = Map.copyOf(environment);
    }

    public boolean available() {
        return missing.isEmpty();
    }

    static Toolchain found(Language language, String version, List<Bind> binds, Map<String, String> environment) {
        return new Toolchain(language, version, Optional.empty(), binds, environment);
    }

    static Toolchain notFound(Language language, String why) {
        return new Toolchain(language, "", Optional.of(why), List.of(), Map.of());
    }
}
