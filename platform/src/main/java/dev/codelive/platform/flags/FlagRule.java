package dev.codelive.platform.flags;

import dev.codelive.platform.auth.User;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Who gets a flag. It is on for a caller when {@code enabled}, the server's environment is in {@code environments}
 * (empty: every environment), and the caller is signed in and either in one of {@code userGroups} or in the first
 * {@code rolloutPercentage} of 100 buckets. Anonymous callers have no bucket: they get flags at 100 % only.
 *
 * @param enabled the master switch
 * @param rolloutPercentage share of signed-in users who get it, 0 to 100
 * @param userGroups groups whose members get it regardless of the percentage
 * @param environments where it can be on at all; empty means everywhere
 */
public record FlagRule(boolean enabled, int rolloutPercentage, List<String> userGroups, List<String> environments) {
    /** The rule of a flag nobody has said anything about: off, but at 100 % once enabled. */
    public static final FlagRule OFF = new FlagRule(false, 100, List.of(), List.of());

    public FlagRule {
        if (rolloutPercentage < 0 || rolloutPercentage > 100) {
            throw new IllegalArgumentException("rollout_percentage must be 0 to 100, got " + rolloutPercentage);
        }
        userGroups = List.copyOf(new TreeSet<>(userGroups));
        environments = List.copyOf(new TreeSet<>(environments));
    }

    public boolean isOnFor(String flag, String environment, Optional<User> caller) {
        if (!enabled || (!environments.isEmpty() && !environments.contains(environment))) {
            return false;
        }
        if (rolloutPercentage == 100) {
            return true;
        }
        return caller.map(user -> !Collections.disjoint(user.groups(), userGroups) || RolloutBucket.of(flag, user.id()) < rolloutPercentage)
                .orElse(false);
    }

    /** This rule with the fields {@code override} sets replaced. */
    public FlagRule with(FlagOverride override) {
        return new FlagRule(
                override.enabled() != null ? override.enabled() : enabled,
                override.rolloutPercentage() != null ? override.rolloutPercentage() : rolloutPercentage,
                override.userGroups() != null ? override.userGroups() : userGroups,
                override.environments() != null ? override.environments() : environments);
    }
}
