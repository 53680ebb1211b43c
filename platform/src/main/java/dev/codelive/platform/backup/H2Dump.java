package dev.codelive.platform.backup;

import java.nio.file.Path;
import org.jdbi.v3.core.Jdbi;

/** The embedded database through H2's own {@code SCRIPT TO} / {@code RUNSCRIPT FROM}, gzip-compressed. */
final class H2Dump implements DatabaseDump {
    private final Jdbi jdbi;

    H2Dump(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public String entryName() {
        return BackupManifest.DATABASE_PREFIX + "h2-script.sql.gz";
    }

    @Override
    public void export(Path file) {
        // SCRIPT takes the file name as a literal only; the path is ours (a temporary directory), quotes are doubled anyway.
        jdbi.useHandle(handle -> handle.execute("SCRIPT TO " + literal(file) + " COMPRESSION GZIP"));
    }

    @Override
    public void restore(Path file, Path workDir) {
        jdbi.useHandle(handle -> handle.execute("RUNSCRIPT FROM " + literal(file) + " COMPRESSION GZIP"));
    }

    /** H2's own catalogues do not count, including the {@code pg_catalog} its PostgreSQL mode adds. */
    @Override
    public int tableCount() {
        return jdbi.withHandle(handle -> handle.createQuery(
                "SELECT COUNT(*) FROM information_schema.tables WHERE LOWER(table_schema) NOT IN ('information_schema', 'pg_catalog')")
                .mapTo(Integer.class).one());
    }

    @Override
    public void wipe() {
        jdbi.useHandle(handle -> handle.execute("DROP ALL OBJECTS"));
    }

    private static String literal(Path file) {
        return "'" + file.toAbsolutePath().toString().replace("'", "''") + "'";
    }
}
