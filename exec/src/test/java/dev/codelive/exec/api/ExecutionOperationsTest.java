package dev.codelive.exec.api;

import static dev.codelive.platform.testing.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codelive.exec.testing.ExecServer;
import dev.codelive.exec.testing.RequiresSandbox;
import dev.codelive.platform.testing.Http;
import dev.codelive.platform.testing.Json;
import dev.codelive.platform.testing.TestServer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Operating execution: the concurrency limit, flags, the kill switch, a missing sandbox, metrics. */
@RequiresSandbox
class ExecutionOperationsTest {
    private static final String SLEEP = "{\"language\":\"python\",\"code\":\"import time\\nprint('started', flush=True)\\ntime.sleep(30)\","
            + "\"limits\":{\"timeout_ms\":20000}}";
    private static final String QUICK = "{\"language\":\"python\",\"code\":\"print('quick')\"}";

    private static HttpResponse<String> admin(TestServer server, String method, String path, String body) {
        return Http.send(Http.request(server.uri(path)).header("Authorization", "Bearer " + ExecServer.ADMIN)
                .header("Content-Type", "application/json").method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static CompletableFuture<HttpResponse<String>> startSleeping(TestServer server) {
        CompletableFuture<HttpResponse<String>> sleeping = CompletableFuture.supplyAsync(() -> Http.postJson(server.uri("/api/execute"), SLEEP));
        await().atMost(Duration.ofSeconds(10)).until(() -> activeExecutions(server) == 1);
        return sleeping;
    }

    private static int activeExecutions(TestServer server) {
        return Json.parse(Http.get(server.uri("/api/execute/languages")).body()).path("concurrency").path("active").asInt();
    }

    @Test
    void beyondTheSlotsAndTheQueueCallersGet429WithRetryAfter() throws Exception {
        try (TestServer server = ExecServer.builder(63200, "queue: { max_waiting: 0, max_wait_ms: 0 }",
                Map.of("MAX_CONCURRENT_EXECUTIONS", "1")).start()) {
            CompletableFuture<HttpResponse<String>> sleeping = startSleeping(server);

            HttpResponse<String> refused = Http.postJson(server.uri("/api/execute"), QUICK);

            assertProblem(refused, 429);
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
            assertThat(Http.get(server.uri("/metrics")).body()).contains("codelive_executions_refused_total{reason=\"busy\"}");
            admin(server, "DELETE", "/api/admin/executions/running", null);
            assertThat(Json.parse(sleeping.get().body()).path("status").asText()).isEqualTo("killed");
        }
    }

    @Test
    void aWaitingCallerRunsWhenASlotFrees() throws Exception {
        try (TestServer server = ExecServer.builder(63210, "queue: { max_waiting: 5, max_wait_ms: 20000 }",
                Map.of("MAX_CONCURRENT_EXECUTIONS", "1")).start()) {
            CompletableFuture<HttpResponse<String>> sleeping = startSleeping(server);
            CompletableFuture<HttpResponse<String>> waiting = CompletableFuture.supplyAsync(() -> Http.postJson(server.uri("/api/execute"), QUICK));
            await().atMost(Duration.ofSeconds(10)).until(() -> Json.parse(Http.get(server.uri("/api/execute/languages")).body())
                    .path("concurrency").path("waiting").asInt() == 1);

            admin(server, "DELETE", "/api/admin/executions/running", null);

            JsonNode quick = Json.parse(waiting.get().body());
            assertThat(quick.path("status").asText()).isEqualTo("ok");
            assertThat(quick.path("timings_ms").path("queue").asLong()).isPositive();
            assertThat(sleeping.get().statusCode()).isEqualTo(200);
        }
    }

    @Test
    void theKillSwitchRefusesNewRunsAndKillsRunningOnes() throws Exception {
        try (TestServer server = ExecServer.builder(63220, "", Map.of()).start()) {
            CompletableFuture<HttpResponse<String>> sleeping = startSleeping(server);

            HttpResponse<String> switched = admin(server, "POST", "/api/admin/capabilities/execute/disable", null);
            assertThat(switched.statusCode()).as(switched.body()).isEqualTo(200);

            JsonNode killed = Json.parse(sleeping.get().body());
            assertThat(killed.path("status").asText()).isEqualTo("killed");
            assertThat(killed.path("stdout").asText()).isEqualTo("started\n");
            assertProblem(Http.postJson(server.uri("/api/execute"), QUICK), 503);

            admin(server, "POST", "/api/admin/capabilities/execute/enable", null);
            await().atMost(Duration.ofSeconds(5)).until(() -> Http.postJson(server.uri("/api/execute"), QUICK).statusCode() == 200);
        }
    }

    @Test
    void aLanguageWhoseFlagIsOffIsForbiddenAndAudited() {
        try (TestServer server = ExecServer.builder(63230, "", Map.of()).start()) {
            HttpResponse<String> put = admin(server, "PUT", "/api/admin/flags/go_execution", "{\"enabled\": false}");
            assertThat(put.statusCode()).as(put.body()).isEqualTo(200);

            JsonNode problem = assertProblem(Http.postJson(server.uri("/api/execute"), "{\"language\":\"go\",\"code\":\"package main\\nfunc main() {}\"}"), 403);

            assertThat(problem.path("flag").asText()).isEqualTo("go_execution");
            assertThat(Http.postJson(server.uri("/api/execute"), QUICK).statusCode()).isEqualTo(200);
            JsonNode languages = Json.parse(Http.get(server.uri("/api/execute/languages")).body()).path("languages");
            assertThat(languages.findValuesAsText("enabled")).contains("false");
            String audit = admin(server, "GET", "/api/admin/audit?action=execution.refused", null).body();
            assertThat(audit).contains("go_execution");
        }
    }

    @Test
    void withoutASandboxNothingRunsAndReadinessSaysWhy() {
        try (TestServer server = ExecServer.builder(63240, "", Map.of("EXEC_BWRAP", "/nonexistent/bwrap")).start()) {
            JsonNode problem = assertProblem(Http.postJson(server.uri("/api/execute"), QUICK), 503);
            assertThat(problem.path("detail").asText()).contains("bubblewrap");

            HttpResponse<String> ready = Http.get(server.uri("/ready"));
            assertThat(ready.statusCode()).isEqualTo(200);
            JsonNode sandbox = Json.parse(ready.body()).path("checks").path("sandbox");
            assertThat(sandbox.path("status").asText()).isEqualTo("degraded");
            assertThat(sandbox.path("detail").asText()).contains("bubblewrap is not installed");
            assertThat(Json.parse(Http.get(server.uri("/api/execute/languages")).body()).path("sandbox").path("available").asBoolean()).isFalse();
        }
    }

    @Test
    void anonymousCallersAreRefusedWhenThePolicySaysSo() {
        try (TestServer server = ExecServer.builder(63250, "allow_anonymous: false", Map.of()).start()) {
            assertProblem(Http.postJson(server.uri("/api/execute"), QUICK), 401);
            HttpResponse<String> signedIn = Http.postJson(server.uri("/api/execute"), QUICK, "Authorization", "Bearer " + ExecServer.ADMIN);
            assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(200);
        }
    }

    @Test
    void executionsAreCountedAndTimed() {
        try (TestServer server = ExecServer.builder(63260, "", Map.of()).start()) {
            Http.postJson(server.uri("/api/execute"), QUICK);

            String metrics = Http.get(server.uri("/metrics")).body();

            assertThat(metrics).contains("codelive_executions_total{language=\"python\",status=\"ok\"} 1.0");
            assertThat(metrics).contains("codelive_execution_duration_seconds_bucket{language=\"python\",phase=\"run\"");
            assertThat(metrics).contains("codelive_executions_active").contains("codelive_executions_queue_depth");
        }
    }
}
