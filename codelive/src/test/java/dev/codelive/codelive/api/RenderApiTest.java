package dev.codelive.codelive.api;

import static dev.codelive.platform.testing.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.codelive.codelive.CodeLive;
import dev.codelive.platform.testing.Http;
import dev.codelive.platform.testing.Json;
import dev.codelive.platform.testing.TestServer;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The render API end to end over HTTP, with the real renderer and backends. */
class RenderApiTest {
    private static TestServer server;
    /** A backend every build has; the API's behaviour does not depend on which. */
    private static String backend;

    @BeforeAll
    static void start() {
        server = TestServer.builder().unthrottled().module(CodeLive.module()).start();
        backend = CodeLive.backends().getFirst().name();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> render(String json) {
        return Http.postJson(server.uri("/render"), json);
    }

    private static String track(String backend, String code, String knobs) {
        ObjectNode track = JsonNodeFactory.instance.objectNode();
        track.put("backend", backend);
        track.put("code", code);
        if (knobs != null) {
            track.set("knobs", Json.parse(knobs));
        }
        return track.toString();
    }

    @Test
    void rendersASnippetWithItsExpectedOutputAndTimings() {
        HttpResponse<String> response = render(track(backend, "sum(i*i for i in range(10))", null));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = Json.parse(response.body());
        assertThat(body.path("backend").asText()).isEqualTo(backend);
        assertThat(body.path("expected_output").asText()).isEqualTo("285\n");
        assertThat(body.path("source").asText()).isNotBlank();
        assertThat(body.path("warnings").isArray()).isTrue();
        assertThat(body.has("fallback")).isTrue();
        assertThat(body.path("timings_ms").path("generate").isNumber()).isTrue();
    }

    @Test
    void renderingIsDeterministic() {
        String request = track(backend, "xs = [3, 1, 2]\nprint(sorted(xs), sum(xs) / len(xs))", null);
        assertThat(Json.parse(render(request).body()).path("source")).isEqualTo(Json.parse(render(request).body()).path("source"));
    }

    @Test
    void anUnknownBackendIs400ListingTheValidOnes() {
        JsonNode problem = assertProblem(render(track("cobol", "print(1)", null)), 400);
        assertThat(problem.path("valid_backends")).extracting(JsonNode::asText).containsExactlyElementsOf(
                CodeLive.backends().stream().map(b -> b.name()).toList());
    }

    @Test
    void anUnsupportedConstructIs422WithItsPlace() {
        JsonNode problem = assertProblem(render(track(backend, "x = 1\n\nclass A:\n    pass\n", null)), 422);
        assertThat(problem.path("detail").asText()).isEqualTo("not supported yet: class definitions at 3:1");
        assertThat(problem.path("kind").asText()).isEqualTo("unsupported-construct");
        assertThat(problem.path("line").asInt()).isEqualTo(3);
        assertThat(problem.path("column").asInt()).isEqualTo(1);
    }

    @Test
    void aSyntaxErrorIs422() {
        JsonNode problem = assertProblem(render(track(backend, "print(1", null)), 422);
        assertThat(problem.path("kind").asText()).isEqualTo("syntax-error");
    }

    @Test
    void anInfiniteLoopExceedsTheEvaluationBudget() {
        JsonNode problem = assertProblem(render(track(backend, "while True:\n    pass\n", null)), 422);
        assertThat(problem.path("detail").asText()).startsWith("evaluation budget exceeded");
    }

    @Test
    void aSnippetThatRaisesIs422NamingTheException() {
        JsonNode problem = assertProblem(render(track(backend, "print(1)\nprint(1 // 0)\n", null)), 422);
        assertThat(problem.path("detail").asText()).isEqualTo("the snippet raises: ZeroDivisionError: integer division or modulo by zero at 2:7");
    }

    @Test
    void aTypeConflictIs422() {
        JsonNode problem = assertProblem(render(track(backend, "x = 1\nx = 'a'\nprint(x)", null)), 422);
        assertThat(problem.path("kind").asText()).isEqualTo("type-conflict");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"threads\": 0}", "{\"threads\": 65}", "{\"threads\": \"4\"}", "{\"parallel\": \"yes\"}", "{\"turbo\": true}",
            "{\"optimizations\": [\"magic\"]}", "{\"optimizations\": \"constant_folding\"}", "{\"dialect\": \"oracle\"}"})
    void badKnobsAre422ListingWhatIsValid(String knobs) {
        JsonNode problem = assertProblem(render(track(backend, "print(1)", knobs)), 422);
        assertThat(problem.path("errors")).isNotEmpty();
        assertThat(problem.path("errors").get(0).path("field").asText()).startsWith("knobs.");
    }

    @Test
    void knobsMayBeGivenAtTheTopLevelButNotTwice() {
        assertThat(render("{\"backend\":\"" + backend + "\",\"code\":\"print(1)\",\"threads\":8}").statusCode()).isEqualTo(200);
        JsonNode problem = assertProblem(render("{\"backend\":\"" + backend + "\",\"code\":\"print(1)\",\"threads\":8,\"knobs\":{\"threads\":2}}"), 422);
        assertThat(problem.path("errors").get(0).path("message").asText()).contains("both");
    }

    @Test
    void malformedAndMissingInputIsRefusedClearly() {
        assertProblem(render("{\"backend\":"), 400);
        assertProblem(render("[1, 2]"), 422);
        JsonNode missing = assertProblem(render("{}"), 422);
        assertThat(missing.path("errors")).extracting(e -> e.path("field").asText()).contains("backend", "code");
        assertProblem(render("{\"backend\":\"" + backend + "\",\"code\":42}"), 422);
    }

    @Test
    void codeOverSixtyFourKilobytesIsRefused() {
        JsonNode problem = assertProblem(render(track(backend, "x = 1\n".repeat(12_000), null)), 422);
        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("code");
        // Past the platform's longest JSON string, the body itself is refused before it is read.
        assertThat(assertProblem(render(track(backend, "x = 1\n".repeat(20_000), null)), 400).path("detail").asText()).contains("longer than allowed");
    }

    @Test
    void hostileCodeIsRefusedNotCrashing() {
        for (String code : List.of("(" .repeat(5000), "x = " + "-".repeat(100_000) + "1", "\u0000\u0001", "print('\\ud800')",
                "def f():\n    return f()\nf()", "x = 10 ** 10 ** 10")) {
            HttpResponse<String> response = render(track(backend, code, null));
            assertThat(response.statusCode()).as(code.substring(0, Math.min(20, code.length()))).isIn(200, 400, 422);
        }
    }

    @Test
    void aValueThatCannotBeShownOrAnAnnotationSliceIs422NotACrash() {
        JsonNode raises = assertProblem(render(track(backend, "10 ** 5000", null)), 422);
        assertThat(raises.path("kind").asText()).isEqualTo("snippet-raises");
        assertThat(raises.path("detail").asText()).contains("ValueError");
        JsonNode slice = assertProblem(render(track(backend, "from typing import List\nx: List[1:2] = 3\nprint(x)", null)), 422);
        assertThat(slice.path("detail").asText()).contains("a slice inside an annotation at 2:9");
    }

    @Test
    void aBatchRendersEveryTrackInOrderAndABadTrackIsAnErrorInItsPlace() {
        String batch = "{\"tracks\":[" + String.join(",",
                track(backend, "print(1)", null),
                track("nope", "print(2)", null),
                track(backend, "print(", null),
                track(backend, "print(3)", "{\"parallel\":true}")) + "]}";
        HttpResponse<String> response = Http.postJson(server.uri("/render/batch"), batch);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode results = Json.parse(response.body()).path("results");
        assertThat(results).hasSize(4);
        assertThat(results).extracting(r -> r.path("index").asInt()).containsExactly(0, 1, 2, 3);
        assertThat(results).extracting(r -> r.path("status").asInt()).containsExactly(200, 400, 422, 200);
        assertThat(results.get(0).path("expected_output").asText()).isEqualTo("1\n");
        assertThat(results.get(1).path("error").path("type").asText()).isEqualTo("/problems/unknown-backend");
        assertThat(results.get(2).path("error").path("kind").asText()).isEqualTo("syntax-error");
        assertThat(results.get(3).path("fallback").path("from").asText()).isEqualTo("parallel");
    }

    @Test
    void aBatchHoldsOneToSixteenTracks() {
        assertProblem(Http.postJson(server.uri("/render/batch"), "{\"tracks\":[]}"), 422);
        String seventeen = "{\"tracks\":[" + String.join(",", java.util.Collections.nCopies(17, track(backend, "print(1)", null))) + "]}";
        assertProblem(Http.postJson(server.uri("/render/batch"), seventeen), 422);
        assertProblem(Http.postJson(server.uri("/render/batch"), "{\"tracks\":{}}"), 422);
    }

    @Test
    void theLimitsComeFromThePolicy() {
        try (TestServer limited = TestServer.builder()
                .policy("modules: { codelive: { batch_max_tracks: 2, snippet: { max_bytes: 100 }, evaluation: { max_steps: 5000 } } }")
                .module(CodeLive.module()).start()) {
            String three = "{\"tracks\":[" + String.join(",", java.util.Collections.nCopies(3, track(backend, "print(1)", null))) + "]}";
            assertThat(assertProblem(Http.postJson(limited.uri("/render/batch"), three), 422).path("errors").get(0).path("message").asText())
                    .contains("1 to 2 tracks");
            assertThat(assertProblem(Http.postJson(limited.uri("/render"), track(backend, "x = 1\n".repeat(20), null)), 422)
                    .path("errors").get(0).path("message").asText()).contains("at most 100 bytes");
            assertThat(assertProblem(Http.postJson(limited.uri("/render"), track(backend, "t = 0\nfor i in range(10000):\n    t += i\nprint(t)", null)), 422)
                    .path("detail").asText()).contains("budget");
            assertThat(Http.postJson(limited.uri("/render"), track(backend, "print(sum(range(100)))", null)).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void concurrentRendersAllAnswerCorrectly() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> calls = new ArrayList<>();
            for (int i = 0; i < 48; i++) {
                int n = i;
                calls.add(() -> Json.parse(render(track(backend, "print(" + n + " * " + n + ")", null)).body()).path("expected_output").asText());
            }
            List<Future<String>> results = pool.invokeAll(calls);
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).isEqualTo(i * i + "\n");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theBackendsAreDescribed() {
        JsonNode body = Json.parse(Http.get(server.uri("/render/backends")).body());
        assertThat(body.path("backends")).extracting(b -> b.path("name").asText())
                .containsExactlyElementsOf(CodeLive.backends().stream().map(b -> b.name()).toList());
        assertThat(body.path("backends").get(0).path("toolchain").asText()).isNotBlank();
        assertThat(body.path("knobs").path("threads").path("maximum").asInt()).isEqualTo(64);
        // Every backend that renders parallel work says so; ts (one Node thread) and sql ignore the knob.
        for (JsonNode backend : body.path("backends")) {
            boolean parallel = java.util.stream.StreamSupport.stream(backend.path("knobs").spliterator(), false)
                    .anyMatch(knob -> knob.asText().equals("parallel"));
            assertThat(parallel).as(backend.path("name").asText()).isEqualTo(!List.of("ts", "sql").contains(backend.path("name").asText()));
        }
    }

    @Test
    void aLoopVariableThatOutlivesTheLoopFallsBackWithTheSameReasonOnEveryBackend() {
        String code = "total = 0\nfor i in range(10):\n    total += i\nprint(total, i)";
        // SQL refuses a loop variable used after its loop; every other backend renders it.
        for (String name : CodeLive.backends().stream().map(b -> b.name()).filter(name -> !name.equals("sql")).toList()) {
            HttpResponse<String> response = render(track(name, code, "{\"parallel\":true}"));
            assertThat(response.statusCode()).as(name + ": " + response.body()).isEqualTo(200);
            JsonNode fallback = Json.parse(response.body()).path("fallback");
            assertThat(fallback.path("from").asText()).as(name).isEqualTo("parallel");
            assertThat(fallback.path("code").asText()).as(name).isEqualTo("loop_variable_outlives");
            assertThat(fallback.path("reason").asText()).as(name).isEqualTo("the loop variable i outlives the loop (Python keeps its last"
                    + " value), and workers cannot hand that value back, so it stays sequential (at 2:1)");
        }
    }

    @Test
    void metricsCountRendersByBackendAndStatusAndFallbacks() {
        // Nothing here may run in parallel, so every backend falls back and says why.
        render(track(backend, "print(1 + 2)", "{\"parallel\":true}"));
        render(track(backend, "class A: pass", null));
        String metrics = Http.get(server.uri("/metrics")).body();
        assertThat(metrics).contains("codelive_render_duration_seconds_bucket{backend=\"" + backend + "\"");
        assertThat(metrics).contains("codelive_renders_total{backend=\"" + backend + "\",status=\"ok\"}");
        assertThat(metrics).contains("codelive_renders_total{backend=\"" + backend + "\",status=\"refused\"}");
        assertThat(metrics).contains("codelive_fallbacks_total{backend=\"" + backend + "\",from=\"parallel\",reason=\"nothing_parallel\"}");
    }

    @Test
    void executeWithoutTheExecutionCapabilityIs503AndRendersNothingElse() {
        HttpResponse<String> response = render("{\"backend\":\"rust\",\"code\":\"print(1)\",\"execute\":true}");

        JsonNode problem = assertProblem(response, 503);
        assertThat(problem.path("detail").asText()).isEqualTo("code execution is not part of this server");
        assertThat(problem.has("source")).isFalse();
    }

    @Test
    void executeFalseOrAbsentAnswersTheRenderingAlone() {
        JsonNode body = Json.parse(render("{\"backend\":\"go\",\"code\":\"print(1)\",\"execute\":false}").body());

        assertThat(body.path("expected_output").asText()).isEqualTo("1\n");
        assertThat(body.has("execution")).isFalse();
        assertThat(body.has("verified")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"execute\":\"yes\"", "\"execute\":1", "\"execute\":null", "\"execute\":[true]", "\"knobs\":{\"execute\":true}"})
    void anInvalidExecuteIs422NamingTheField(String field) {
        JsonNode problem = assertProblem(render("{\"backend\":\"rust\",\"code\":\"print(1)\"," + field + "}"), 422);

        assertThat(problem.path("errors")).hasSize(1);
        assertThat(problem.path("errors").get(0).path("field").asText()).isIn("execute", "knobs.execute");
        assertThat(problem.path("errors").get(0).path("message").asText()).containsAnyOf("true or false", "top level");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"backend\":\"julia\"}", "{\"backend\":\"sql\",\"dialect\":\"postgres\"}"})
    void executeForABackendWhoseProgramsCannotRunIs422NamingWhatCan(String start) {
        String request = start.replace("}", ",\"code\":\"print(1)\",\"execute\":true}");

        JsonNode problem = assertProblem(render(request), 422);
        assertThat(problem.path("type").asText()).isEqualTo("/problems/not-executable");
        assertThat(problem.path("detail").asText()).startsWith("this backend's programs cannot be executed here")
                .contains("executable: rust, ts, go, csharp, and sql with dialect sqlite");
        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("execute");
        assertThat(problem.path("executable_backends")).extracting(JsonNode::asText).containsExactly("rust", "ts", "go", "csharp", "sql");
    }

    @Test
    void executeWithAnUnknownBackendIsStillThe400ListingTheBackends() {
        assertProblem(render("{\"backend\":\"cobol\",\"code\":\"print(1)\",\"execute\":true}"), 400);
    }

    @Test
    void inABatchEachTrackAsksForExecutionOnItsOwn() {
        String batch = "{\"tracks\":[{\"backend\":\"rust\",\"code\":\"print(1)\",\"execute\":true},"
                + "{\"backend\":\"rust\",\"code\":\"print(2)\"},{\"backend\":\"julia\",\"code\":\"print(3)\",\"execute\":true}]}";

        JsonNode results = Json.parse(Http.postJson(server.uri("/render/batch"), batch).body()).path("results");

        assertThat(results).extracting(r -> r.path("status").asInt()).containsExactly(503, 200, 422);
        assertThat(results.get(0).path("error").path("detail").asText()).isEqualTo("code execution is not part of this server");
        assertThat(results.get(1).path("expected_output").asText()).isEqualTo("2\n");
        assertThat(results.get(2).path("error").path("type").asText()).isEqualTo("/problems/not-executable");
    }

    @Test
    void theRoutesAreInTheOpenApiDocument() {
        String openapi = Http.get(server.uri("/openapi.json")).body();
        assertThat(openapi).contains("\"/render\"", "\"/render/batch\"", "\"/render/backends\"");
    }
}
