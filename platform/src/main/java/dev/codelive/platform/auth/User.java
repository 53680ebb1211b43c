package dev.codelive.platform.auth;

import java.time.Instant;
import java.util.Set;

/**
 * A person with an account.
 *
 * @param id stable identifier (UUID)
 * @param email normalised email, unique
 * @param displayName what the UI shows
 * @param role user or admin
 * @param groups named groups for feature rollouts, e.g. {@code beta_testers}
 * @param plan free or pro
 * @param disabled a disabled user cannot sign in or use tokens
 * @param createdAt when the account was made
 */
public record User(String id, String email, String displayName, Role role, Set<String> groups, Plan plan, boolean disabled, Instant createdAt) {

    public User {
        groups = Set.copyOf(groups);
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }
}
