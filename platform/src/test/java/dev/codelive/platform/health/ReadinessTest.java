package dev.codelive.platform.health;

import static dev.codelive.platform.testing.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codelive.platform.testing.Http;
import dev.codelive.platform.testing.Json;
import dev.codelive.platform.testing.TestServer;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ReadinessTest {

    @Test
    void notReadyWhileWarmingThenReady() {
        CountDownLatch release = new CountDownLatch(1);
        try (TestServer server = TestServer.builder()
                .module(platform -> platform.readiness().addWarmup("prime-cache", release::await))
                .start()) {
            HttpResponse<String> warming = Http.get(server.uri("/ready"));

            JsonNode problem = assertProblem(warming, 503);
            assertThat(problem.path("detail").asText()).contains("warmup");
            assertThat(problem.path("checks").path("warmup").path("status").asText()).isEqualTo("pending");
            assertThat(problem.path("checks").path("warmup").path("detail").asText()).contains("prime-cache");
            assertThat(warming.headers().firstValue("Retry-After")).isPresent();
            assertThat(Http.get(server.uri("/health")).statusCode()).as("liveness does not wait for warm-up").isEqualTo(200);

            release.countDown();

            await().atMost(Duration.ofSeconds(5)).until(() -> Http.get(server.uri("/ready")).statusCode() == 200);
            assertThat(Http.get(server.uri("/ready")).body()).contains("\"status\":\"ready\"", "\"warmup\":{\"status\":\"ok\"}");
        }
    }

    @Test
    void aFailingCheckMakesItUnreadyAndIsNamed() {
        AtomicBoolean healthy = new AtomicBoolean(true);
        try (TestServer server = TestServer.builder()
                .module(platform -> platform.readiness().addCheck("render-engine",
                        () -> healthy.get() ? CheckResult.ok() : CheckResult.failing("cannot render within 150 ms")))
                .start()) {
            await().atMost(Duration.ofSeconds(5)).until(() -> Http.get(server.uri("/ready")).statusCode() == 200);

            healthy.set(false);
            JsonNode problem = assertProblem(Http.get(server.uri("/ready")), 503);

            assertThat(problem.path("detail").asText()).isEqualTo("not ready: render-engine");
            assertThat(problem.path("checks").path("render-engine").path("detail").asText()).isEqualTo("cannot render within 150 ms");
            assertThat(problem.path("checks").path("warmup").path("status").asText()).isEqualTo("ok");
        }
    }

    @Test
    void aThrowingCheckCountsAsFailing() {
        try (TestServer server = TestServer.builder()
                .module(platform -> platform.readiness().addCheck("database", () -> {
                    throw new java.io.IOException("connection refused");
                }))
                .start()) {
            JsonNode problem = assertProblem(Http.get(server.uri("/ready")), 503);

            assertThat(problem.path("checks").path("database").path("detail").asText()).isEqualTo("connection refused");
        }
    }

    @Test
    void aHungCheckTimesOutWithinTheDeadline() {
        try (TestServer server = TestServer.builder()
                .policy("readiness: { check_timeout_ms: 200 }")
                .module(platform -> platform.readiness().addCheck("stuck", () -> {
                    Thread.sleep(60_000);
                    return CheckResult.ok();
                }))
                .start()) {
            long start = System.nanoTime();
            JsonNode problem = assertProblem(Http.get(server.uri("/ready")), 503);
            long elapsedMs = (System.nanoTime() - start) / 1_000_000;

            assertThat(problem.path("checks").path("stuck").path("status").asText()).isEqualTo("timeout");
            assertThat(elapsedMs).as("the probe answers although the check hangs").isLessThan(5_000);
        }
    }

    @Test
    void aFailedWarmupKeepsItUnreadyWithTheReason() {
        try (TestServer server = TestServer.builder()
                .module(platform -> platform.readiness().addWarmup("load-model", () -> {
                    throw new IllegalStateException("model file missing");
                }))
                .start()) {
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(
                    Json.parse(Http.get(server.uri("/ready")).body()).path("checks").path("warmup").path("status").asText()).isEqualTo("failing"));
            assertThat(Http.get(server.uri("/ready")).body()).contains("load-model failed: model file missing");
        }
    }

}
