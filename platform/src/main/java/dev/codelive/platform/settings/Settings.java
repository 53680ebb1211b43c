package dev.codelive.platform.settings;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/** Named values shared by every replica, in the {@code platform_settings} table. */
public final class Settings {
    private final Jdbi jdbi;

    public Settings(Jdbi jdbi) {
        this.jdbi = jdbi;
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

    /** Sets {@code name}, inserting or replacing, in one transaction. */
    public void put(String name, String value, String actorId) {
        jdbi.useTransaction(handle -> {
            int updated = handle.createUpdate("UPDATE platform_settings SET setting_value = :value, updated_at = :now, updated_by = :actor WHERE name = :name")
                    .bind("value", value).bind("now", OffsetDateTime.now(ZoneOffset.UTC)).bind("actor", actorId).bind("name", name).execute();
            if (updated == 0) {
                handle.createUpdate("INSERT INTO platform_settings (name, setting_value, updated_at, updated_by) VALUES (:name, :value, :now, :actor)")
                        .bind("name", name).bind("value", value).bind("now", OffsetDateTime.now(ZoneOffset.UTC)).bind("actor", actorId).execute();
            }
        });
    }
}
