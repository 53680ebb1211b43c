package dev.codelive.platform.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.codelive.platform.testing.Http;
import dev.codelive.platform.testing.RequiresService;
import dev.codelive.platform.testing.RequiresService.Service;
import dev.codelive.platform.testing.TestDatabase;
import dev.codelive.platform.testing.TestServer;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** An admin's mode change on one replica reaches the others through the shared database. */
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
}
