package dev.codelive.platform.flags;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A flag as a module declares it, with its defaults; {@code policy.yml} and admins may override them.
 *
 * @param name lower-case identifier, e.g. {@code midi}
 * @param description what turning it on changes, for admins
 * @param defaults who gets it unless the policy or an admin says otherwise
 */
public record FlagDefinition(String name, String description, FlagRule defaults) {
    /** What a flag's name may look like. */
    public static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,49}");

    public FlagDefinition {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("flag name '" + name + "' must be 1-50 characters of a-z, 0-9 and _, starting with a letter");
        }
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("flag " + name + " needs a description for admins");
        }
        if (defaults == null) {
            throw new IllegalArgumentException("flag " + name + " needs defaults");
        }
    }

    /** On for everyone in every environment unless overridden. */
    public static FlagDefinition on(String name, String description) {
        return new FlagDefinition(name, description, new FlagRule(true, 100, List.of(), List.of()));
    }

    /** Off unless the policy or an admin turns it on. */
    public static FlagDefinition off(String name, String description) {
        return new FlagDefinition(name, description, FlagRule.OFF);
    }
}
