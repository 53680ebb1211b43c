package dev.codelive.platform.settings;

import dev.codelive.platform.config.DatabaseUrl.Vendor;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/** Named values shared by every replica, in the {@code platform_settings} table. */
public final class Settings {
    // PostgreSQL's MERGE can still fail on a concurrent insert; ON CONFLICT is its race-free upsert.
    private static final String POSTGRESQL_UPSERT = """
            INSERT INTO platform_settings (name, setting_value, updated_at, updated_by) VALUES (:name, :value, :now, :actor)
            ON CONFLICT (name) DO UPDATE
            SET setting_value = EXCLUDED.setting_value, updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by""";
    // H2 supports ON CONFLICT only as DO NOTHING; its MERGE ... KEY is the upsert it makes atomic.
    private static final String H2_UPSERT = """
            MERGE INTO platform_settings (name, setting_value, updated_at, updated_by) KEY (name) VALUES (:name, :value, :now, :actor)""";

    private final Jdbi jdbi;
    private final Vendor vendor;

    public Settings(Jdbi jdbi, Vendor vendor) {
        this.jdbi = jdbi;
        this.vendor = vendor;
    }

    public Optional<String> get(String name) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT setting_value FROM platform_settings WHERE name = :name")
                .bind("name", name).mapTo(String.class).findOne());
    }

    public Map<String, String> all() {
        return jdbi.withHandle(handle -> {
            Map<String, String> values = new HashMap<>();
            handle.createQuery("SELECT name, setting_value FROM platform_settings")
                    .map((rs, ctx) -> Map.entry(rs.getString("name"), rs.getString("setting_value")))
                    .forEach(entry -> values.put(entry.getKey(), entry.getValue()));
            return values;
        });
    }

    /**
     * Sets {@code name} only if it still holds {@code expected} (absent: only if it does not exist yet), atomically, so
     * that of several replicas racing for the same change exactly one wins.
     *
     * @return whether this call made the change
     */
    public boolean compareAndSet(String name, Optional<String> expected, String value, String actorId) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (expected.isPresent()) {
            return jdbi.withHandle(handle -> handle.createUpdate(
                    "UPDATE platform_settings SET setting_value = :value, updated_at = :now, updated_by = :actor WHERE name = :name AND setting_value = :expected")
                    .bind("value", value).bind("now", now).bind("actor", actorId).bind("name", name).bind("expected", expected.get())
                    .execute()) == 1;
        }
        try {
            jdbi.useHandle(handle -> handle.createUpdate("INSERT INTO platform_settings (name, setting_value, updated_at, updated_by) VALUES (:name, :value, :now, :actor)")
                    .bind("name", name).bind("value", value).bind("now", now).bind("actor", actorId).execute());
            return true;
        } catch (UnableToExecuteStatementException e) {
            if (e.getCause() instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return false; // integrity violation: another replica inserted it first
            }
            throw e;
        }
    }

    /**
     * Sets {@code name}, inserting or replacing it in one statement that the database makes atomic: replicas setting
     * a new name at the same instant must not collide on the primary key (as update-then-insert did).
     */
    public void put(String name, String value, String actorId) {
        jdbi.useHandle(handle -> handle.createUpdate(vendor == Vendor.POSTGRESQL ? POSTGRESQL_UPSERT : H2_UPSERT)
                .bind("name", name).bind("value", value).bind("now", OffsetDateTime.now(ZoneOffset.UTC)).bind("actor", actorId)
                .execute());
    }

    /** Deletes {@code name}; false when it was not set. */
    public boolean remove(String name) {
        return jdbi.withHandle(handle -> handle.createUpdate("DELETE FROM platform_settings WHERE name = :name").bind("name", name).execute()) > 0;
    }
}
