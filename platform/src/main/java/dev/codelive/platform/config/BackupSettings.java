package dev.codelive.platform.config;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The daily backup, from {@code BACKUP_ENABLED}, {@code BACKUP_RETENTION_DAYS} and {@code BACKUP_TIME}.
 *
 * @param enabled whether the server takes a backup every day
 * @param retentionDays archives older than this many days are deleted after each daily backup
 * @param time when, in UTC, the daily backup starts
 */
public record BackupSettings(boolean enabled, int retentionDays, LocalTime time) {

    static BackupSettings from(Environment env) {
        boolean enabled = switch (env.string("BACKUP_ENABLED", "false").toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new ConfigException("BACKUP_ENABLED", "expected true or false, got '" + env.string("BACKUP_ENABLED", "") + "'");
        };
        return new BackupSettings(enabled, env.integer("BACKUP_RETENTION_DAYS", 7, 1, 3650), time(env.string("BACKUP_TIME", "03:00")));
    }

    private static LocalTime time(String raw) {
        if (raw.matches("\\d{2}:\\d{2}")) {
            try {
                return LocalTime.parse(raw);
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        throw new ConfigException("BACKUP_TIME", "expected HH:MM in UTC (00:00 to 23:59), got '" + raw + "'");
    }
}
