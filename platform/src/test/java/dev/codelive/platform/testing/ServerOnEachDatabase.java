package dev.codelive.platform.testing;

import dev.codelive.platform.testing.TestDatabase.Kind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A fresh database of the given kind and a server on it, for each test. Subclasses are
 * {@code @ParameterizedClass @EnumSource(Kind.class)}, so every test runs on H2 and on PostgreSQL.
 */
public abstract class ServerOnEachDatabase {
    protected final Kind kind;
    protected TestDatabase database;
    protected TestServer server;

    protected ServerOnEachDatabase(Kind kind) {
        this.kind = kind;
    }

    /** Test-specific settings; the builder already points at the database. */
    protected abstract void configure(TestServer.Builder builder);

    @BeforeEach
    final void startServerOnFreshDatabase() {
        database = TestDatabase.create(kind);
        TestServer.Builder builder = TestServer.builder().env(database.env());
        configure(builder);
        server = builder.start();
    }

    @AfterEach
    final void stopServerAndDropDatabase() {
        server.close();
        database.close();
    }
}
