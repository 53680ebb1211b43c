package dev.codelive.bench;

import dev.codelive.platform.config.DatabaseUrl;
import dev.codelive.platform.config.Environment;
import dev.codelive.platform.config.ServerConfig;
import dev.codelive.platform.config.ServerConfig.DatabaseSettings;
import dev.codelive.platform.db.Database;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A fresh, migrated database for one measurement, configured from environment variables exactly as a server is
 * ({@link ServerConfig#from}): an H2 file under a temporary {@code DATA_DIR}, or a new schema in PostgreSQL. Closing
 * it drops the schema or deletes the directory.
 */
final class BenchDatabase implements AutoCloseable {
    /** Where PostgreSQL runs unless {@code BENCH_POSTGRES_URL} says otherwise (the same default as the tests). */
    static final String DEFAULT_POSTGRES_URL = "postgresql://postgres@127.0.0.1:5432/test";
    private static final String SHIPPED_WRITE_DELAY = ";WRITE_DELAY=0";

    /** The engines measured. */
    enum Engine {
        H2, POSTGRESQL;

        static Engine parse(String name) {
            try {
                return valueOf(name.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown database engine '" + name + "' (h2 or postgresql)", e);
            }
        }

        String label() {
            return this == H2 ? "H2" : "PostgreSQL";
        }
    }

    /** How the embedded database commits. */
    enum H2Commits {
        /** As the server ships: {@code WRITE_DELAY=0}, a commit is in the file before it returns. */
        SHIPPED,
        /** H2's own default: commits wait in memory for up to 500 ms and reach the file together. */
        H2_DEFAULT
    }

    private final Path dataDir;
    private final ServerConfig config;
    private final Database database;

    private BenchDatabase(Path dataDir, ServerConfig config, Database database) {
        this.dataDir = dataDir;
        this.config = config;
        this.database = database;
    }

    /** A fresh database of {@code engine} as it ships, with {@code extraEnv} (e.g. WORKER_CONCURRENCY) in the environment. */
    static BenchDatabase create(Engine engine, Map<String, String> extraEnv) {
        return create(engine, H2Commits.SHIPPED, extraEnv);
    }

    /** A fresh embedded database committing as {@code commits} says. */
    static BenchDatabase h2(H2Commits commits) {
        return create(Engine.H2, commits, Map.of());
    }

    private static BenchDatabase create(Engine engine, H2Commits commits, Map<String, String> extraEnv) {
        Path dataDir;
        try {
            dataDir = Files.createTempDirectory("codelive-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> env = new HashMap<>(extraEnv);
        env.put("DATA_DIR", dataDir.toString());
        if (engine == Engine.POSTGRESQL) {
            env.put("DATABASE_URL", Environment.system().string("BENCH_POSTGRES_URL", DEFAULT_POSTGRES_URL));
            env.put("DATABASE_SCHEMA", "bench_" + UUID.randomUUID().toString().replace("-", ""));
        }
        ServerConfig config = ServerConfig.from(new Environment(env));
        DatabaseSettings settings = config.database();
        if (commits == H2Commits.H2_DEFAULT) {
            settings = withH2DefaultWriteDelay(settings);
        }
        Database database = Database.open(settings, new SimpleMeterRegistry());
        try {
            database.migrate();
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return new BenchDatabase(dataDir, config, database);
    }

    /** The shipped URL minus its WRITE_DELAY=0; fails if the shipped URL no longer carries it, rather than measure nothing. */
    private static DatabaseSettings withH2DefaultWriteDelay(DatabaseSettings shipped) {
        DatabaseUrl url = shipped.url();
        if (url.vendor() != DatabaseUrl.Vendor.H2 || !url.jdbcUrl().contains(SHIPPED_WRITE_DELAY)) {
            throw new IllegalStateException("the shipped embedded URL no longer sets WRITE_DELAY=0: " + url.jdbcUrl());
        }
        DatabaseUrl reference = new DatabaseUrl(url.vendor(), url.jdbcUrl().replace(SHIPPED_WRITE_DELAY, ""), url.user(), url.password(), url.location());
        return new DatabaseSettings(reference, shipped.poolSize(), shipped.timeout(), shipped.schema());
    }

    /** The PostgreSQL server the benchmarks use, and the settings that decide what a commit costs. */
    static String describePostgres() {
        DatabaseUrl url = DatabaseUrl.parse(Environment.system().string("BENCH_POSTGRES_URL", DEFAULT_POSTGRES_URL));
        try (Connection connection = DriverManager.getConnection(url.jdbcUrl(), url.user(), url.password());
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT current_setting('server_version'), current_setting('fsync'),"
                     + " current_setting('synchronous_commit'), current_setting('shared_buffers')")) {
            rs.next();
            return "PostgreSQL %s at %s (fsync %s, synchronous_commit %s, shared_buffers %s)"
                    .formatted(rs.getString(1), url.location(), rs.getString(2), rs.getString(3), rs.getString(4));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach PostgreSQL at " + url.location() + " (BENCH_POSTGRES_URL): " + e.getMessage(), e);
        }
    }

    Database database() {
        return database;
    }

    /** The configuration a server would have read from the same environment. */
    ServerConfig config() {
        return config;
    }

    @Override
    public void close() {
        try {
            if (database.vendor() == DatabaseUrl.Vendor.POSTGRESQL) {
                database.jdbi().useHandle(handle -> handle.execute("DROP SCHEMA " + database.schema() + " CASCADE"));
            }
        } finally {
            database.close();
            Directories.deleteRecursively(dataDir);
        }
    }
}
