package dev.codelive.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.codelive.platform.config.DatabaseUrl;
import dev.codelive.platform.config.ServerConfig.DatabaseSettings;
import dev.codelive.platform.testing.Http;
import dev.codelive.platform.testing.Json;
import dev.codelive.platform.testing.RequiresService;
import dev.codelive.platform.testing.RequiresService.Service;
import dev.codelive.platform.testing.TcpProxy;
import dev.codelive.platform.testing.TestDatabase;
import dev.codelive.platform.testing.TestServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void aDatabaseThatIsDownAtStartIsAClearErrorWithinTheTimeout() {
        DatabaseSettings unreachable = new DatabaseSettings(
                DatabaseUrl.parse("postgresql://studio:hunter2@127.0.0.1:1/codelive"), 2, Duration.ofSeconds(1), "public");

        long start = System.nanoTime();
        assertThatThrownBy(() -> Database.open(unreachable, new SimpleMeterRegistry()))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageContaining("127.0.0.1:1/codelive")
                .hasMessageNotContaining("hunter2");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    @RequiresService(Service.POSTGRES)
    void aDatabaseLostMidRunFailsRequestsFastAndTheReplicaUnreadyUntilItReturns() {
        URI postgres = URI.create(Service.POSTGRES.location());
        try (TestDatabase database = TestDatabase.create(TestDatabase.Kind.POSTGRESQL);
             TcpProxy proxy = new TcpProxy(postgres.getHost(), postgres.getPort());
             TestServer server = TestServer.builder()
                     .env(database.envVia(proxy.port()))
                     .env("DATABASE_TIMEOUT", "1")
                     .policy("readiness: { check_timeout_ms: 3000 }")
                     .start()) {
            await().atMost(Duration.ofSeconds(10)).until(() -> Http.get(server.uri("/ready")).statusCode() == 200);
            assertThat(Http.get(server.uri("/ready")).body()).contains("\"database\":{\"status\":\"ok\"");

            String token = Json.parse(Http.postJson(server.uri("/api/auth/signup"),
                    "{\"email\":\"outage@example.com\",\"password\":\"correct horse battery\"}").body()).path("token").asText();

            proxy.cut();

            long requestStart = System.nanoTime();
            HttpResponse<String> failedFast = Http.get(server.uri("/api/me"), "Authorization", "Bearer " + token);
            assertThat(failedFast.statusCode()).as(failedFast.body()).isEqualTo(503);
            assertThat(failedFast.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(failedFast.body()).contains("/problems/unavailable");
            assertThat(Duration.ofNanos(System.nanoTime() - requestStart)).as("within the pool timeout").isLessThan(Duration.ofSeconds(4));

            long start = System.nanoTime();
            var unready = Http.get(server.uri("/ready"));
            assertThat(unready.statusCode()).isEqualTo(503);
            assertThat(unready.body()).contains("not ready: database");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("fails fast, within the pool timeout").isLessThan(Duration.ofSeconds(4));
            assertThat(Http.get(server.uri("/health")).statusCode()).as("liveness does not depend on the database").isEqualTo(200);

            proxy.restore();

            await().atMost(Duration.ofSeconds(15)).until(() -> Http.get(server.uri("/ready")).statusCode() == 200);
            await().atMost(Duration.ofSeconds(15)).until(() -> Http.get(server.uri("/api/me"), "Authorization", "Bearer " + token).statusCode() == 200);
        }
    }
}
