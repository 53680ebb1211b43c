package dev.codelive.platform.flags;

import java.util.List;

/**
 * A flag as admins see it: where it comes from, its defaults, the admin override, and the rule in force.
 *
 * @param name the flag
 * @param description what it changes
 * @param sources what shaped it, in order of precedence: {@code module}, {@code policy}, {@code admin}
 * @param defaults the module's declaration with the policy applied
 * @param override the admin's override, null when there is none
 * @param effective the rule evaluation uses: the defaults with the override applied
 */
public record FlagState(String name, String description, List<String> sources, FlagRule defaults, FlagOverride override, FlagRule effective) {

    public FlagState {
        sources = List.copyOf(sources);
    }
}
