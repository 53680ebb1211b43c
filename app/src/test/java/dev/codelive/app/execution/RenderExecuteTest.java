package dev.codelive.app.execution;

import static dev.codelive.platform.testing.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.codelive.exec.testing.RequiresSandbox;
import dev.codelive.platform.testing.Http;
import dev.codelive.platform.testing.Json;
import dev.codelive.platform.testing.TestServer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code POST /render} with {@code "execute": true} on a server with Code Live and live execution: the rendered
 * programs compile and run in the real sandbox, and print exactly what CPython prints.
 */
@RequiresSandbox
class RenderExecuteTest {
    /** Small enough that a few hundred printed lines overflow it: a run that does not end ok, on purpose. */
    private static final String ONE_KB_OUTPUT = "limits: { default: { timeout_ms: 10000, memory_mb: 256, output_kb: 1 } }";
    private static final String LISTS_AND_FLOATS = "xs = [3, 1, 2]\nys = sorted(xs)\nprint(ys, sum(xs) / len(xs), max(xs) * 1.5)\n"
            + "print(f'{len(xs)} items, first {ys[0]}')\n";
    private static final String ACCUMULATOR = "total = 0\nfor i in range(1000):\n    total += i * i\nprint(total)\n";
    private static final String FILTERED_MAP = "print([i * 2 for i in range(40) if i % 3])\n";

    private static final ExecutingServer executing = new ExecutingServer();
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = executing.builder(65000, ONE_KB_OUTPUT).start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static String track(String backend, String code, String knobs) {
        ObjectNode track = JsonNodeFactory.instance.objectNode();
        track.put("backend", backend);
        track.put("code", code);
        if (knobs != null) {
            track.set("knobs", Json.parse(knobs));
        }
        track.put("execute", true);
        return track.toString();
    }

    private static HttpResponse<String> render(TestServer target, String json, String... headers) {
        return Http.postJson(target.uri("/render"), json, headers);
    }

    private static JsonNode rendered(String json) {
        HttpResponse<String> response = render(server, json);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.parse(response.body());
    }

    private static void assertVerified(JsonNode body) {
        JsonNode execution = body.path("execution");
        assertThat(execution.path("status").asText()).as(execution.toString()).isEqualTo("ok");
        assertThat(execution.path("stdout").asText()).isEqualTo(body.path("expected_output").asText());
        assertThat(execution.path("execution_id").asText()).isNotBlank();
        assertThat(body.path("verified").isBoolean()).isTrue();
        assertThat(body.path("verified").asBoolean()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"rust", "ts", "go", "csharp"})
    void aRenderedProgramRunsAndPrintsWhatCPythonPrints(String backend) {
        JsonNode body = rendered(track(backend, LISTS_AND_FLOATS, null));

        assertThat(body.path("expected_output").asText()).isEqualTo("[1, 2, 3] 2.0 4.5\n3 items, first 1\n");
        assertVerified(body);
        assertThat(body.path("execution").path("exit_code").asInt()).isZero();
        assertThat(body.path("source").asText()).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {"rust", "go", "csharp"})
    void parallelProgramsRunOnSeveralThreadsAndStillVerify(String backend) {
        for (String code : List.of(ACCUMULATOR, FILTERED_MAP)) {
            JsonNode body = rendered(track(backend, code, "{\"parallel\": true, \"threads\": 4}"));

            assertThat(body.path("fallback").isNull()).as("the parallel form was rendered: " + body.path("fallback")).isTrue();
            assertVerified(body);
        }
    }

    @Test
    void typeScriptIgnoresParallelAndStillVerifies() {
        assertVerified(rendered(track("ts", ACCUMULATOR, "{\"parallel\": true}")));
    }

    @Test
    void anSqliteScriptRunsInTheSqliteShellWithItsDotCommands() {
        JsonNode plain = rendered(track("sql", "x = 7\ny = x * 6\nprint('answer', y)\nif y > 40:\n    print('big')\nelse:\n    print('small')\n",
                "{\"dialect\": \"sqlite\"}"));
        assertThat(plain.path("expected_output").asText()).isEqualTo("answer 42\nbig\n");
        assertVerified(plain);

        // A print without its newline makes the script set SQLite's separators with a dot-command.
        JsonNode separators = rendered(track("sql", "print('a', end='')\nprint('b', 1 + 1)\n", null));
        assertThat(separators.path("source").asText()).contains(".separator");
        assertThat(separators.path("expected_output").asText()).isEqualTo("ab 2\n");
        assertVerified(separators);
    }

    @Test
    void aRunThatDoesNotEndOkIsNotVerified() {
        // About 1.5 KB of output against the policy's 1 KB: the sandbox stops the program part-way.
        JsonNode body = rendered(track("rust", "for i in range(400):\n    print(i)\n", null));

        assertThat(body.path("expected_output").asText()).hasSizeGreaterThan(1024);
        assertThat(body.path("execution").path("status").asText()).isEqualTo("output_limit");
        assertThat(body.path("execution").path("truncated").path("stdout").asBoolean()).isTrue();
        assertThat(body.path("expected_output").asText()).startsWith(body.path("execution").path("stdout").asText());
        assertThat(body.path("verified").asBoolean()).isFalse();
    }

    @Test
    void theRunIsTheCallersAndIsLoggedAsComingFromARender() {
        String token = Json.parse(Http.postJson(server.uri("/api/auth/signup"),
                "{\"email\":\"render-execute@example.com\",\"password\":\"correct horse battery\"}").body()).path("token").asText();
        String userId = Json.parse(Http.get(server.uri("/api/me"), "Authorization", "Bearer " + token).body()).path("id").asText();

        HttpResponse<String> response = render(server, track("go", "print('mine')", null), "Authorization", "Bearer " + token);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode mine = Json.parse(Http.get(server.uri("/api/executions"), "Authorization", "Bearer " + token).body()).path("executions");
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).path("language").asText()).isEqualTo("go");
        assertThat(mine.get(0).path("user_id").asText()).isEqualTo(userId);
        assertThat(mine.get(0).path("status").asText()).isEqualTo("ok");
        assertThat(mine.get(0).path("origin").asText()).isEqualTo("render");
        assertThat(mine.get(0).path("id").asText()).isEqualTo(Json.parse(response.body()).path("execution").path("execution_id").asText());
    }

    @Test
    void aLanguageSwitchedOffByItsFlagIs403AsTheExecuteApiAnswers() {
        try {
            assertThat(flag("go_execution", "{\"enabled\":false}").statusCode()).isEqualTo(200);
            assertThat(flag("sql_execution", "{\"enabled\":false}").statusCode()).isEqualTo(200);

            JsonNode go = assertProblem(render(server, track("go", "print(1)", null)), 403);
            assertThat(go.path("flag").asText()).isEqualTo("go_execution");
            JsonNode sql = assertProblem(render(server, track("sql", "print(1)", null)), 403);
            assertThat(sql.path("flag").asText()).as("an sqlite script is SQL").isEqualTo("sql_execution");
            assertThat(render(server, track("rust", "print(1)", null)).statusCode()).isEqualTo(200);
        } finally {
            clearFlag("go_execution");
            clearFlag("sql_execution");
        }
        assertVerified(rendered(track("go", "print(1)", null)));
    }

    @Test
    void switchingExecutionOffRefusesRunsFromRendersToo() {
        try {
            assertThat(capability("disable").statusCode()).isEqualTo(200);

            HttpResponse<String> refused = render(server, track("rust", "print(1)", null));
            assertThat(assertProblem(refused, 503).path("detail").asText()).contains("'execute' is switched off");
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
            // Rendering alone is Code Live's, and stays on.
            assertThat(Http.postJson(server.uri("/render"), "{\"backend\":\"rust\",\"code\":\"print(1)\"}").statusCode()).isEqualTo(200);
        } finally {
            capability("enable");
        }
    }

    @Test
    void aBatchRunsEachTrackOnItsOwn() {
        String batch = "{\"tracks\":[" + String.join(",", track("rust", "print(1)", null), track("julia", "print(2)", null),
                "{\"backend\":\"go\",\"code\":\"print(3)\"}", track("csharp", ACCUMULATOR, "{\"parallel\": true}")) + "]}";

        HttpResponse<String> response = Http.postJson(server.uri("/render/batch"), batch);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode results = Json.parse(response.body()).path("results");
        assertThat(results).extracting(result -> result.path("status").asInt()).containsExactly(200, 422, 200, 200);
        assertVerified(results.get(0));
        assertThat(results.get(1).path("error").path("type").asText()).isEqualTo("/problems/not-executable");
        assertThat(results.get(2).has("execution")).isFalse();
        assertVerified(results.get(3));
    }

    @Test
    void everyRunCostsATokenOfTheExecuteRateClass() {
        try (TestServer limited = new ExecutingServer().builder(65050, "", "{ rate: 1, per: hour, burst: 1 }").start()) {
            assertThat(render(limited, track("rust", "print(1)", null)).statusCode()).isEqualTo(200);

            HttpResponse<String> second = render(limited, track("rust", "print(2)", null));
            assertThat(assertProblem(second, 429).path("detail").asText()).contains("rate limit 'execute'");
            assertThat(second.headers().firstValue("Retry-After")).isPresent();
            assertThat(Http.postJson(limited.uri("/render"), "{\"backend\":\"rust\",\"code\":\"print(3)\"}").statusCode())
                    .as("rendering alone costs no execute token").isEqualTo(200);
        }
    }

    @Test
    void theOpenApiDocumentDescribesExecute() {
        String openapi = Http.get(server.uri("/openapi.json")).body();

        assertThat(openapi).contains("execute (boolean, default false, top level only", "verified (status ok and stdout exactly expected_output)",
                "sqlite_script");
    }

    private static HttpResponse<String> flag(String name, String body) {
        return Http.send(Http.request(server.uri("/api/admin/flags/" + name)).header("Authorization", "Bearer " + ExecutingServer.ADMIN)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static void clearFlag(String name) {
        Http.send(Http.request(server.uri("/api/admin/flags/" + name)).header("Authorization", "Bearer " + ExecutingServer.ADMIN)
                .DELETE().build());
    }

    private static HttpResponse<String> capability(String action) {
        return Http.send(Http.request(server.uri("/api/admin/capabilities/execute/" + action))
                .header("Authorization", "Bearer " + ExecutingServer.ADMIN).POST(HttpRequest.BodyPublishers.noBody()).build());
    }
}
