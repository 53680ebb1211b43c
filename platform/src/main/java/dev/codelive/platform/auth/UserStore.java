package dev.codelive.platform.auth;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/** Users and their password hashes, in the {@code users} and {@code user_groups} tables. */
public final class UserStore {
    private static final String UNIQUE_VIOLATION = "23505"; // SQLSTATE, the same on PostgreSQL and H2
    private static final String COLUMNS = "id, email, display_name, role, plan, disabled, created_at";

    private final Jdbi jdbi;

    public UserStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** @throws EmailTakenException when the (normalised) email already has an account */
    public User create(String email, String displayName, String passwordHash, Role role) {
        String id = UUID.randomUUID().toString();
        try {
            jdbi.useHandle(handle -> handle.createUpdate(
                            "INSERT INTO users (id, email, display_name, password_hash, role) VALUES (:id, :email, :name, :hash, :role)")
                    .bind("id", id)
                    .bind("email", email)
                    .bind("name", displayName)
                    .bind("hash", passwordHash)
                    .bind("role", role.wire())
                    .execute());
        } catch (UnableToExecuteStatementException e) {
            if (e.getCause() instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                throw new EmailTakenException(email);
            }
            throw e;
        }
        return findById(id).orElseThrow();
    }

    public Optional<User> findById(String id) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM users WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> user(rs, groups(handle, rs.getString("id"))))
                .findOne());
    }

    /** The user and their password hash, for signing in. */
    public Optional<StoredLogin> findLogin(String email) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + ", password_hash FROM users WHERE email = :email")
                .bind("email", email)
                .map((rs, ctx) -> new StoredLogin(user(rs, groups(handle, rs.getString("id"))), rs.getString("password_hash")))
                .findOne());
    }

    /** Applies the given changes (absent ones stay), replacing the groups when given, in one transaction. */
    public Optional<User> update(String id, UserChanges changes) {
        return jdbi.inTransaction(handle -> {
            boolean exists = handle.createQuery("SELECT COUNT(*) FROM users WHERE id = :id").bind("id", id).mapTo(Integer.class).one() > 0;
            if (!exists) {
                return Optional.<User>empty();
            }
            changes.role().ifPresent(role -> handle.createUpdate("UPDATE users SET role = :role WHERE id = :id")
                    .bind("role", role.wire()).bind("id", id).execute());
            changes.plan().ifPresent(plan -> handle.createUpdate("UPDATE users SET plan = :plan WHERE id = :id")
                    .bind("plan", plan.wire()).bind("id", id).execute());
            changes.disabled().ifPresent(disabled -> handle.createUpdate("UPDATE users SET disabled = :disabled WHERE id = :id")
                    .bind("disabled", disabled).bind("id", id).execute());
            changes.groups().ifPresent(groups -> {
                handle.createUpdate("DELETE FROM user_groups WHERE user_id = :id").bind("id", id).execute();
                for (String group : groups) {
                    handle.createUpdate("INSERT INTO user_groups (user_id, group_name) VALUES (:id, :group)")
                            .bind("id", id).bind("group", group).execute();
                }
            });
            return handle.createQuery("SELECT " + COLUMNS + " FROM users WHERE id = :id").bind("id", id)
                    .map((rs, ctx) -> user(rs, groups(handle, id))).findOne();
        });
    }

    /**
     * Changes an admin may make to a user; absent means unchanged.
     *
     * @param role new role
     * @param groups the complete new set of groups
     * @param plan new plan
     * @param disabled whether the account is disabled
     */
    public record UserChanges(Optional<Role> role, Optional<Set<String>> groups, Optional<Plan> plan, Optional<Boolean> disabled) {}

    /** Every user, oldest first, one page at a time. */
    public List<User> list(int offset, int limit) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM users ORDER BY created_at, id LIMIT :limit OFFSET :offset")
                .bind("limit", limit)
                .bind("offset", offset)
                .map((rs, ctx) -> user(rs, groups(handle, rs.getString("id"))))
                .list());
    }

    static User user(ResultSet rs, Set<String> groups) throws SQLException {
        return new User(rs.getString("id"), rs.getString("email"), rs.getString("display_name"), Role.of(rs.getString("role")),
                groups, Plan.of(rs.getString("plan")), rs.getBoolean("disabled"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    static Set<String> groups(Handle handle, String userId) {
        return new HashSet<>(handle.createQuery("SELECT group_name FROM user_groups WHERE user_id = :id")
                .bind("id", userId).mapTo(String.class).list());
    }

    /** A user with the hash their password must match. */
    public record StoredLogin(User user, String passwordHash) {}
}
