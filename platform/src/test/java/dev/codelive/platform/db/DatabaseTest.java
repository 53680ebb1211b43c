package dev.codelive.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codelive.platform.testing.TestDatabase;
import dev.codelive.platform.testing.TestDatabase.Kind;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The data layer, run once on the embedded H2 and once on the real PostgreSQL, each in a fresh database. */
@ParameterizedClass
@EnumSource(Kind.class)
class DatabaseTest {
    private final Kind kind;
    private TestDatabase testDatabase;
    private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();

    DatabaseTest(Kind kind) {
        this.kind = kind;
    }

    @BeforeEach
    void freshDatabase() {
        testDatabase = TestDatabase.create(kind);
    }

    @AfterEach
    void dropIt() {
        testDatabase.close();
    }

    @Test
    void migrationsApplyOnceAndAreIdempotent() {
        try (Database database = Database.open(testDatabase.settings(), metrics)) {
            MigrationStatus empty = database.status();
            assertThat(empty.version()).isEqualTo("none");
            assertThat(empty.pending()).isPositive();

            MigrationStatus first = database.migrate();
            MigrationStatus second = database.migrate();

            // Versions are numbered 1, 2, 3…, so the latest version is the number of migrations.
            assertThat(first).isEqualTo(new MigrationStatus(Integer.toString(empty.pending()), 0));
            assertThat(second).isEqualTo(first);
        }
    }

    @Test
    void replicasMigratingAtOnceEndOnTheSameSchema() throws Exception {
        try (Database one = Database.open(testDatabase.settings(), metrics);
             Database two = Database.open(testDatabase.settings(), new SimpleMeterRegistry())) {
            var executor = Executors.newFixedThreadPool(2);
            List<Future<MigrationStatus>> results = executor.invokeAll(List.<Callable<MigrationStatus>>of(one::migrate, two::migrate));
            executor.shutdown();

            assertThat(results.get(0).get()).isEqualTo(results.get(1).get());
            assertThat(results.get(0).get().pending()).isZero();
        }
    }

    @Test
    void textThatLooksLikeSqlIsStoredAndReturnedVerbatim() {
        String hostile = "'); DROP TABLE platform_settings; -- ☃ \\ \" %_";
        try (Database database = Database.open(testDatabase.settings(), metrics)) {
            database.migrate();
            database.jdbi().useHandle(handle -> handle.createUpdate("INSERT INTO platform_settings (name, setting_value) VALUES (:name, :value)")
                    .bind("name", "probe")
                    .bind("value", hostile)
                    .execute());

            String stored = database.jdbi().withHandle(handle -> handle.createQuery("SELECT setting_value FROM platform_settings WHERE name = :name")
                    .bind("name", "probe").mapTo(String.class).one());

            assertThat(stored).isEqualTo(hostile);
        }
    }

    @Test
    void theHealthCheckAndPoolMetricsWork() {
        try (Database database = Database.open(testDatabase.settings(), metrics)) {
            assertThat(database.check().healthy()).isTrue();
            assertThat(metrics.getMeters()).anySatisfy(meter -> assertThat(meter.getId().getName()).startsWith("hikaricp.connections"));
            assertThat(database.vendor().name()).isEqualTo(kind.name());
        }
    }
}
