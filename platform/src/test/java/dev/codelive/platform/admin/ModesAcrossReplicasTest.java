package dev.codelive.platform.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.codelive.platform.testing.Http;
import dev.codelive.platform.testing.RequiresService;
import dev.codelive.platform.testing.RequiresService.Service;
import dev.codelive.platform.testing.TestDatabase;
import dev.codelive.platform.testing.TestServer;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An admin's mode change on one replica reaches the others: at once over Redis, else through the shared database. */
@RequiresService(Service.POSTGRES)
class ModesAcrossReplicasTest {
    static final String ADMIN = "replica-admin-token-0123456789abcdefghijklmn";

    @Test
    void maintenanceSetOnOneReplicaHoldsOnTheOther() {
        try (TestDatabase database = TestDatabase.create(TestDatabase.Kind.POSTGRESQL);
             TestServer first = TestServer.builder().env(database.env()).env("ADMIN_TOKEN", ADMIN).unthrottled().start();
             TestServer second = TestServer.builder().env(database.env()).env("ADMIN_TOKEN", ADMIN).unthrottled().start()) {
            assertThat(Http.postJson(second.uri("/api/echo"), "{\"message\":\"x\"}").statusCode()).isEqualTo(200);

            ModesTest.setMode(first, ADMIN, "maintenance");

            long start = System.nanoTime();
            await().atMost(Duration.ofSeconds(5)).until(() -> Http.postJson(second.uri("/api/echo"), "{\"message\":\"x\"}").statusCode() == 503);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThanOrEqualTo(Modes.PROPAGATION.plusSeconds(2));
        }
    }

    @Test
    @RequiresService(Service.REDIS)
    void withRedisTheChangeArrivesBeforeTheNextReRead() {
        String namespace = "modes-" + UUID.randomUUID();
        String redis = Service.REDIS.location();
        try (TestDatabase database = TestDatabase.create(TestDatabase.Kind.POSTGRESQL);
             TestServer first = TestServer.builder().env(database.env()).env("ADMIN_TOKEN", ADMIN).env("REDIS_URL", redis)
                     .redisNamespace(namespace).unthrottled().start();
             TestServer second = TestServer.builder().env(database.env()).env("ADMIN_TOKEN", ADMIN).env("REDIS_URL", redis)
                     .redisNamespace(namespace).unthrottled().start()) {
            Modes modes = second.platform().modes();
            // Reading loads the second replica's cache; on its own it would not look again for PROPAGATION.
            assertThat(modes.mode()).isEqualTo(Modes.Mode.NORMAL);
            long loaded = System.nanoTime();

            ModesTest.setMode(first, ADMIN, "maintenance");

            await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20)).until(() -> modes.mode() == Modes.Mode.MAINTENANCE);
            assertThat(Duration.ofNanos(System.nanoTime() - loaded)).as("seen before the cache would have re-read").isLessThan(Modes.PROPAGATION);
        }
    }
}
