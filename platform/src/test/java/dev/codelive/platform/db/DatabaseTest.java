package dev.codelive.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codelive.platform.testing.TestDatabase;
import dev.codelive.platform.testing.TestDatabase.Kind;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
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
    void migrationsApplyOnceAndAreIdempotent() throws Exception {
        try (Database database = Database.open(testDatabase.settings(), metrics)) {
            MigrationStatus empty = database.status();
            assertThat(empty.version()).isEqualTo("none");
            assertThat(empty.pending()).isPositive();

            MigrationStatus first = database.migrate();
            MigrationStatus second = database.migrate();

            assertThat(first).isEqualTo(new MigrationStatus(Integer.toString(highestMigrationVersion()), 0));
            assertThat(second).isEqualTo(first);
        }
    }

    /** The highest V&lt;n&gt; among the migration files this engine runs (common, plus its vendor folder). */
    private int highestMigrationVersion() throws Exception {
        int highest = 0;
        for (String folder : List.of("db/migration/common", "db/migration/" + testDatabase.settings().url().vendor().folder())) {
            URL url = Database.class.getClassLoader().getResource(folder);
            if (url == null) {
                continue;
            }
            try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                highest = Math.max(highest, files.map(file -> file.getFileName().toString())
                        .filter(name -> name.matches("V\\d+__.*\\.sql"))
                        .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
                        .max().orElse(0));
            }
        }
        return highest;
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
