package dev.codelive.app;

import dev.codelive.platform.config.ConfigException;
import dev.codelive.platform.config.Environment;
import dev.codelive.platform.config.ServerConfig;
import dev.codelive.platform.db.Database;
import dev.codelive.platform.db.DatabaseUnavailableException;
import dev.codelive.platform.db.MigrationStatus;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.PrintStream;
import java.util.Map;

/** {@code codelive migrate [--status]}: brings the database schema up to date, or reports where it stands. */
final class MigrateCommand {
    private final Map<String, String> env;
    private final PrintStream out;
    private final PrintStream err;

    MigrateCommand(Map<String, String> env, PrintStream out, PrintStream err) {
        this.env = env;
        this.out = out;
        this.err = err;
    }

    int run(boolean statusOnly) {
        ServerConfig config;
        try {
            config = ServerConfig.from(new Environment(env));
        } catch (ConfigException e) {
            err.println("codelive: invalid configuration: " + e.getMessage());
            return ServeCommand.CONFIG_ERROR;
        }
        try (Database database = Database.open(config.database(), new SimpleMeterRegistry())) {
            MigrationStatus before = database.status();
            if (statusOnly) {
                out.println("schema version " + before.version() + ", " + before.pending() + " pending (" + database.location() + ")");
                return 0;
            }
            MigrationStatus after = database.migrate();
            out.println("schema version " + after.version() + ", " + before.pending() + " applied (" + database.location() + ")");
            return 0;
        } catch (DatabaseUnavailableException e) {
            err.println("codelive: database unavailable: " + e.getMessage());
            return ServeCommand.UNAVAILABLE;
        }
    }
}
