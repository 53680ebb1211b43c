package dev.codelive.platform.testing;

import dev.codelive.platform.config.DatabaseUrl;
import dev.codelive.platform.config.ServerConfig.DatabaseSettings;
import dev.codelive.platform.testing.RequiresService.Service;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A fresh, empty database for one test run: an H2 file in a temporary directory, or a new schema in the local
 * PostgreSQL, dropped again on close. The data-layer tests run once on each.
 */
public final class TestDatabase implements AutoCloseable {
    /** The engines every data-layer test runs on. */
    public enum Kind { H2, POSTGRESQL }

    private final Kind kind;
    private final Path dataDir;
    private final DatabaseUrl url;
    private final String schema;

    private TestDatabase(Kind kind, Path dataDir, DatabaseUrl url, String schema) {
        this.kind = kind;
        this.dataDir = dataDir;
        this.url = url;
        this.schema = schema;
    }

    /** A fresh database of {@code kind}; for PostgreSQL, skips (or fails under CI) when none is running. */
    public static TestDatabase create(Kind kind) {
        Path dataDir;
        try {
            dataDir = Files.createTempDirectory("codelive-db");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (kind == Kind.H2) {
            return new TestDatabase(kind, dataDir, DatabaseUrl.embedded(dataDir), "public");
        }
        Services.require(Service.POSTGRES);
        DatabaseUrl url = DatabaseUrl.parse(Service.POSTGRES.location());
        return new TestDatabase(kind, dataDir, url, "test_" + UUID.randomUUID().toString().replace("-", "").toLowerCase(Locale.ROOT));
    }

    public Kind kind() {
        return kind;
    }

    /** The settings a server would read from its environment. */
    public DatabaseSettings settings() {
        return new DatabaseSettings(url, 4, Duration.ofSeconds(5), schema);
    }

    /** Environment variables that point a server at this database. */
    public Map<String, String> env() {
        if (kind == Kind.H2) {
            return Map.of("DATA_DIR", dataDir.toString());
        }
        return Map.of("DATABASE_URL", Service.POSTGRES.location(), "DATABASE_SCHEMA", schema, "DATA_DIR", dataDir.toString());
    }

    /** The same database, reached through another host and port (e.g. a {@link TcpProxy}). */
    public Map<String, String> envVia(int port) {
        if (kind != Kind.POSTGRESQL) {
            throw new IllegalStateException("an embedded database has no network address");
        }
        String proxied = Service.POSTGRES.location().replaceFirst("@[^/]+/", "@127.0.0.1:" + port + "/");
        return Map.of("DATABASE_URL", proxied, "DATABASE_SCHEMA", schema, "DATA_DIR", dataDir.toString());
    }

    @Override
    public void close() {
        if (kind == Kind.POSTGRESQL) {
            try (Connection connection = DriverManager.getConnection(url.jdbcUrl(), url.user(), url.password());
                 Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            } catch (SQLException e) {
                throw new IllegalStateException("could not drop test schema " + schema, e);
            }
        }
    }
}
