package dev.codelive.app;

import dev.codelive.platform.backup.BackupException;
import dev.codelive.platform.backup.Backups;
import dev.codelive.platform.config.ConfigException;
import dev.codelive.platform.config.Environment;
import dev.codelive.platform.config.ServerConfig;
import dev.codelive.platform.db.Database;
import dev.codelive.platform.db.DatabaseUnavailableException;
import dev.codelive.platform.storage.BlobStore;
import dev.codelive.platform.storage.BlobStoreException;
import dev.codelive.platform.storage.BlobStores;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * {@code codelive backup} writes an archive of the database and the blobs to {@code DATA_DIR/backups};
 * {@code codelive restore ARCHIVE [--force]} verifies one and restores it into an empty installation.
 */
final class BackupCommand {
    private final Map<String, String> env;
    private final PrintStream out;
    private final PrintStream err;

    BackupCommand(Map<String, String> env, PrintStream out, PrintStream err) {
        this.env = env;
        this.out = out;
        this.err = err;
    }

    int backup() {
        return withBackups(backups -> {
            Backups.Created created = backups.create();
            out.println("backup written: " + created.archive() + " (" + created.bytes() + " bytes, " + created.blobs()
                    + " blobs, schema version " + created.schemaVersion() + ")");
        });
    }

    int restore(String[] arguments) {
        String archive = null;
        boolean force = false;
        for (String argument : arguments) {
            if (argument.equals("--force")) {
                force = true;
            } else if (archive == null && !argument.startsWith("-")) {
                archive = argument;
            } else {
                err.println("codelive restore: unexpected argument '" + argument + "'");
                return Main.USAGE;
            }
        }
        if (archive == null) {
            err.println("codelive restore: which archive? usage: codelive restore ARCHIVE [--force]");
            return Main.USAGE;
        }
        Path path = Path.of(archive).toAbsolutePath();
        boolean replace = force;
        return withBackups(backups -> {
            Backups.Restored restored = backups.restore(path, replace);
            out.println("restored " + path + ": database (schema version " + restored.manifest().schemaVersion() + ", taken "
                    + restored.manifest().createdAt() + " by version " + restored.manifest().appVersion() + ") and "
                    + restored.blobs() + " blobs");
        });
    }

    private interface Action {
        void run(Backups backups);
    }

    private int withBackups(Action action) {
        ServerConfig config;
        try {
            config = ServerConfig.from(new Environment(env));
        } catch (ConfigException e) {
            err.println("codelive: invalid configuration: " + e.getMessage());
            return ServeCommand.CONFIG_ERROR;
        }
        try (Database database = Database.open(config.database(), new SimpleMeterRegistry());
             BlobStore blobs = BlobStores.open(config)) {
            action.run(new Backups(database, config.database(), blobs, config.dataDir().resolve("backups"), Version.current(),
                    Clock.systemUTC()));
            return 0;
        } catch (DatabaseUnavailableException e) {
            // The embedded database admits one process: a running server holds it.
            err.println("codelive: database unavailable: " + e.getMessage());
            return ServeCommand.UNAVAILABLE;
        } catch (BackupException | BlobStoreException e) {
            err.println("codelive: " + e.getMessage());
            return 1;
        }
    }
}
