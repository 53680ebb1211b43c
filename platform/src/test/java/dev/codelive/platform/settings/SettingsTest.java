package dev.codelive.platform.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codelive.platform.db.Database;
import dev.codelive.platform.testing.TestDatabase;
import dev.codelive.platform.testing.TestDatabase.Kind;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Shared named values, on H2 and PostgreSQL, including writers racing for a name nobody has set yet. */
@ParameterizedClass
@EnumSource(Kind.class)
class SettingsTest {
    private final Kind kind;
    private TestDatabase testDatabase;
    private Database database;
    private Settings settings;

    SettingsTest(Kind kind) {
        this.kind = kind;
    }

    @BeforeEach
    void freshDatabase() {
        testDatabase = TestDatabase.create(kind);
        database = Database.open(testDatabase.settings(), new SimpleMeterRegistry());
        database.migrate();
        settings = new Settings(database.jdbi(), database.vendor());
    }

    @AfterEach
    void dropIt() {
        database.close();
        testDatabase.close();
    }

    @Test
    void putInsertsThenReplacesAndRemoveDeletes() {
        assertThat(settings.get("colour")).isEmpty();

        settings.put("colour", "red", "admin-1");
        settings.put("colour", "blue", "admin-2");
        settings.put("size", "large", null);

        assertThat(settings.get("colour")).hasValue("blue");
        assertThat(settings.all()).containsExactlyInAnyOrderEntriesOf(java.util.Map.of("colour", "blue", "size", "large"));
        assertThat(settings.remove("colour")).isTrue();
        assertThat(settings.remove("colour")).isFalse();
        assertThat(settings.all()).containsOnlyKeys("size");
    }

    @Test
    void writersRacingForANewNameAllSucceedAndOneValueWins() throws Exception {
        int writers = 8;
        try (ExecutorService pool = Executors.newFixedThreadPool(writers)) {
            for (int round = 0; round < 25; round++) {
                String name = "race." + round;
                CountDownLatch start = new CountDownLatch(1);
                List<Future<?>> results = new ArrayList<>();
                for (int writer = 0; writer < writers; writer++) {
                    String value = "writer-" + writer;
                    results.add(pool.submit(() -> {
                        start.await();
                        settings.put(name, value, null);
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> result : results) {
                    result.get(); // rethrows a primary-key violation, if any
                }
                assertThat(settings.get(name)).get().asString().startsWith("writer-");
            }
        }
        assertThat(settings.all()).hasSize(25);
    }
}
