package dev.codelive.exec.api;

import static dev.codelive.platform.testing.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.codelive.exec.testing.ExecServer;
import dev.codelive.exec.testing.RequiresSandbox;
import dev.codelive.platform.testing.Http;
import dev.codelive.platform.testing.Json;
import dev.codelive.platform.testing.TestServer;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** POST /api/execute and GET /api/execute/languages over HTTP, with the real sandbox. */
@RequiresSandbox
class ExecuteApiTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = ExecServer.builder(63000, "", Map.of()).start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> execute(String json) {
        return Http.postJson(server.uri("/api/execute"), json);
    }

    static String request(String language, String code) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("language", language);
        body.put("code", code);
        return body.toString();
    }

    @Test
    void runsPythonAndReportsEverything() {
        HttpResponse<String> response = execute("{\"language\":\"python\",\"code\":\"import sys\\nprint(input() * 2)\\nprint('e', file=sys.stderr)\","
                + "\"stdin\":\"ab\\n\",\"limits\":{\"timeout_ms\":3000}}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = Json.parse(response.body());
        assertThat(body.path("status").asText()).isEqualTo("ok");
        assertThat(body.path("stdout").asText()).isEqualTo("abab\n");
        assertThat(body.path("stderr").asText()).isEqualTo("e\n");
        assertThat(body.path("exit_code").asInt()).isZero();
        assertThat(body.path("signal").isNull()).isTrue();
        assertThat(body.path("truncated").path("stdout").asBoolean()).isFalse();
        assertThat(body.path("timings_ms").path("run").asLong()).isPositive();
        assertThat(body.path("timings_ms").path("compile").isNull()).isTrue();
        assertThat(body.path("memory_kb").asLong()).isPositive();
        assertThat(body.path("execution_id").asText()).isNotBlank();
    }

    @Test
    void everyExecutionIsInTheCallersHistory() {
        HttpResponse<String> ran = Http.postJson(server.uri("/api/execute"), request("python", "print('logged')"),
                "Authorization", "Bearer " + ExecServer.ADMIN);
        String id = Json.parse(ran.body()).path("execution_id").asText();

        JsonNode history = Json.parse(Http.get(server.uri("/api/executions"), "Authorization", "Bearer " + ExecServer.ADMIN).body());

        JsonNode entry = null;
        for (JsonNode item : history.path("executions")) {
            if (item.path("id").asText().equals(id)) {
                entry = item;
            }
        }
        assertThat(entry).as(history.toString()).isNotNull();
        assertThat(entry.path("language").asText()).isEqualTo("python");
        assertThat(entry.path("status").asText()).isEqualTo("ok");
        assertThat(entry.path("code_bytes").asInt()).isEqualTo("print('logged')".length());
        assertThat(entry.path("origin").asText()).isEqualTo("api");
    }

    @Test
    void sqlAnswersWithColumnsRowsAndText() {
        HttpResponse<String> response = execute("{\"language\":\"sql\",\"dialect\":\"sqlite\",\"dataset\":\"sample\",\"row_cap\":2,"
                + "\"code\":\"CREATE TABLE t(a, b); INSERT INTO t VALUES (1, 'x'), (2, NULL), (3, 'z'); SELECT a, b FROM t ORDER BY a;\"}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = Json.parse(response.body());
        assertThat(body.path("status").asText()).isEqualTo("ok");
        assertThat(body.path("result").path("columns").toString()).isEqualTo("[\"a\",\"b\"]");
        assertThat(body.path("result").path("rows").toString()).isEqualTo("[[1,\"x\"],[2,null]]");
        assertThat(body.path("truncated").path("rows").asBoolean()).isTrue();
        assertThat(body.path("stdout").asText()).contains("a").contains("x");
    }

    @Test
    void anSqlErrorIsARuntimeErrorThatKeepsEarlierResults() {
        JsonNode body = Json.parse(execute(request("sql", "SELECT 1 AS one;\nSELECT * FROM missing;")).body());

        assertThat(body.path("status").asText()).isEqualTo("runtime_error");
        assertThat(body.path("results")).hasSize(1);
        assertThat(body.path("stderr").asText()).contains("missing");
    }

    @Test
    void requestedLimitsAreCappedByThePolicy() {
        JsonNode body = Json.parse(execute("{\"language\":\"python\",\"code\":\"print(1)\",\"limits\":{\"timeout_ms\":999999999,"
                + "\"memory_mb\":999999,\"output_kb\":999999}}").body());

        assertThat(body.path("status").asText()).isEqualTo("ok");
    }

    @Test
    void outputBeforeATimeoutIsReturned() {
        JsonNode body = Json.parse(execute("{\"language\":\"python\",\"code\":\"import time\\nprint('before', flush=True)\\ntime.sleep(60)\","
                + "\"limits\":{\"timeout_ms\":700}}").body());

        assertThat(body.path("status").asText()).isEqualTo("timeout");
        assertThat(body.path("stdout").asText()).isEqualTo("before\n");
        assertThat(body.path("timings_ms").path("run").asLong()).isBetween(700L, 5000L);
    }

    @Test
    void theLanguagesEndpointListsToolchainsAndLimits() {
        JsonNode body = Json.parse(Http.get(server.uri("/api/execute/languages")).body());

        assertThat(body.path("languages")).extracting(node -> node.path("name").asText())
                .containsExactly("python", "javascript", "typescript", "sql", "rust", "go", "csharp", "sqlite_script");
        JsonNode python = body.path("languages").get(0);
        assertThat(python.path("available").asBoolean()).isTrue();
        assertThat(python.path("toolchain").asText()).startsWith("Python 3");
        assertThat(python.path("flag").asText()).isEqualTo("python_execution");
        assertThat(body.path("limits").path("max").path("timeout_ms").asLong()).isEqualTo(20000);
        assertThat(body.path("sandbox").path("available").asBoolean()).isTrue();
        assertThat(body.path("concurrency").path("max").asInt()).isEqualTo(10);
    }

    @Test
    void readinessShowsTheSandbox() {
        JsonNode body = Json.parse(Http.get(server.uri("/ready")).body());

        assertThat(body.path("checks").path("sandbox").path("status").asText()).isEqualTo("ok");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"code\":\"print(1)\"}",
        "{\"language\":\"cobol\",\"code\":\"x\"}",
        "{\"language\":\"python\"}",
        "{\"language\":\"python\",\"code\":42}",
        "{\"language\":\"python\",\"code\":\"x\",\"extra\":1}",
        "{\"language\":\"python\",\"code\":\"x\",\"args\":\"a\"}",
        "{\"language\":\"python\",\"code\":\"x\",\"args\":[1]}",
        "{\"language\":\"python\",\"code\":\"x\",\"limits\":{\"timeout_ms\":0}}",
        "{\"language\":\"python\",\"code\":\"x\",\"limits\":{\"timeout_ms\":1.5}}",
        "{\"language\":\"python\",\"code\":\"x\",\"limits\":{\"cpu\":1}}",
        "{\"language\":\"python\",\"code\":\"x\",\"limits\":[]}",
        "{\"language\":\"python\",\"code\":\"x\",\"dialect\":\"sqlite\"}",
        "{\"language\":\"sql\",\"code\":\"x\",\"dialect\":\"oracle\"}",
        "{\"language\":\"sql\",\"code\":\"x\",\"row_cap\":0}",
        "{\"language\":\"sql\",\"code\":\"x\",\"dataset\":\"prod\"}",
        "{\"language\":\"python\",\"code\":\"a\\u0000b\"}",
        "[1, 2]",
    })
    void invalidRequestsAre422NamingTheField(String json) {
        JsonNode problem = assertProblem(execute(json), 422);

        assertThat(problem.path("errors")).isNotEmpty();
    }

    @Test
    void malformedJsonIs400() {
        assertProblem(execute("{\"language\": \"python\", "), 400);
    }

    @Test
    void oversizedCodeIsRefusedBeforeItRuns() {
        HttpResponse<String> response = execute(request("python", "#" + "x".repeat(70_000)));

        assertThat(response.statusCode()).isIn(413, 422);
        assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
    }

    @Test
    void concurrentRunsEachGetTheirOwnAnswer() throws Exception {
        try (ExecutorService clients = Executors.newFixedThreadPool(8)) {
            List<Future<JsonNode>> answers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                int n = i;
                answers.add(clients.submit(() -> Json.parse(execute(request("python", "print(" + n + " * 3)")).body())));
            }
            for (int i = 0; i < answers.size(); i++) {
                JsonNode answer = answers.get(i).get();
                assertThat(answer.path("status").asText()).as(answer.toString()).isEqualTo("ok");
                assertThat(answer.path("stdout").asText()).isEqualTo((i * 3) + "\n");
            }
        }
    }
}
