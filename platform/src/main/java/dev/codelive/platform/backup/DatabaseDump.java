package dev.codelive.platform.backup;

import dev.codelive.platform.config.DatabaseUrl;
import dev.codelive.platform.config.ServerConfig.DatabaseSettings;
import java.nio.file.Path;
import org.jdbi.v3.core.Jdbi;

/** Exports the database to one file and loads such a file into an empty database, in the engine's own format. */
interface DatabaseDump {

    /** The archive entry that holds the export, e.g. {@code database/postgresql.dump}. */
    String entryName();

    /** Writes a consistent export of the database to {@code file}. */
    void export(Path file);

    /** Loads an export made by {@link #export} into this (empty) database. */
    void restore(Path file, Path workDir);

    /** How many tables the database holds: zero means it is safe to restore into. */
    int tableCount();

    /** Removes every table, sequence and function, for a forced restore. */
    void wipe();

    static DatabaseDump of(DatabaseSettings settings, Jdbi jdbi) {
        return settings.url().vendor() == DatabaseUrl.Vendor.H2 ? new H2Dump(jdbi) : new PostgresDump(settings, jdbi);
    }
}
