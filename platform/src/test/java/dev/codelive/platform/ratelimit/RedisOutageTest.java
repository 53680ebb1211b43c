package dev.codelive.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.codelive.platform.testing.Http;
import dev.codelive.platform.testing.RequiresService;
import dev.codelive.platform.testing.RequiresService.Service;
import dev.codelive.platform.testing.TestServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Losing Redis mid-flight: requests keep being served, and readiness says why the replica is degraded. */
@RequiresService(Service.REDIS)
class RedisOutageTest {

    @Test
    void aRedisOutageFailsOpenAndShowsInReadiness() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        // A private Redis this test may kill; the shared one on 6379 must stay up for everyone else.
        Process redis = new ProcessBuilder("redis-server", "--port", Integer.toString(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no", "--dir", Files.createTempDirectory("redis-outage").toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            int redisPort = port;
            await().atMost(Duration.ofSeconds(10)).until(() -> reachable(redisPort));
            try (TestServer server = TestServer.builder()
                    .env("REDIS_URL", "redis://127.0.0.1:" + port)
                    .policy("readiness: { check_timeout_ms: 500 }")
                    .start()) {
                assertThat(Http.postJson(server.uri("/api/echo"), "{\"message\":\"before\"}").headers().firstValue("RateLimit-Limit")).isPresent();

                redis.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

                var during = Http.postJson(server.uri("/api/echo"), "{\"message\":\"during\"}");
                assertThat(during.statusCode()).isEqualTo(200);
                assertThat(during.headers().firstValue("RateLimit-Limit")).as("served unlimited").isEmpty();
                var ready = Http.get(server.uri("/ready"));
                assertThat(ready.statusCode()).isEqualTo(503);
                assertThat(ready.body()).contains("\"redis\":{\"status\":\"");
                assertThat(Http.get(server.uri("/metrics")).body()).contains("http_rate_limit_store_failures_total");
            }
        } finally {
            redis.destroyForcibly();
        }
    }

    private static boolean reachable(int port) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
