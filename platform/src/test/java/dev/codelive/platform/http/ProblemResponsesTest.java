package dev.codelive.platform.http;

import static dev.codelive.platform.testing.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codelive.platform.testing.Http;
import dev.codelive.platform.testing.TestRoutesModule;
import dev.codelive.platform.testing.TestServer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProblemResponsesTest {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.builder().module(new TestRoutesModule()).unthrottled().start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void unknownRouteIs404() {
        JsonNode problem = assertProblem(Http.get(server.uri("/api/nothing-here")), 404);

        assertThat(problem.path("type").asText()).isEqualTo("/problems/not-found");
        assertThat(problem.path("instance").asText()).isEqualTo("/api/nothing-here");
    }

    @Test
    void wrongMethodIs405WithAllow() {
        HttpResponse<String> response = Http.send(Http.request(server.uri("/health")).DELETE().build());

        assertProblem(response, 405);
        assertThat(response.headers().firstValue("Allow")).hasValue("GET");
    }

    @Test
    void truncatedJsonIs400SayingWhereItBroke() {
        JsonNode problem = assertProblem(Http.postJson(server.uri("/api/echo"), "{\"message\": \"hi\",\n \"data\": [1, 2"), 400);

        assertThat(problem.path("detail").asText()).contains("malformed JSON").contains("line 2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "null", "[1,2]", "\"text\"", "{\"message\":\"a\"} trailing", "{'message':'single quotes'}"})
    void bodiesThatAreNotAJsonObjectAre400(String body) {
        assertProblem(Http.postJson(server.uri("/api/echo"), body), 400);
    }

    @Test
    void wrongMediaTypeIs415() {
        HttpResponse<String> response = Http.send(Http.request(server.uri("/api/echo"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{\"message\":\"hi\"}"))
                .build());

        assertThat(assertProblem(response, 415).path("detail").asText()).contains("application/json");
    }

    @Test
    void missingMediaTypeIs415() {
        HttpResponse<String> response = Http.send(Http.request(server.uri("/api/echo"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"message\":\"hi\"}"))
                .build());

        assertProblem(response, 415);
    }

    @Test
    void unknownFieldsAreValidationErrorsNamingTheField() {
        JsonNode problem = assertProblem(Http.postJson(server.uri("/api/echo"), "{\"message\":\"hi\",\"mesage\":\"typo\"}"), 422);

        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("mesage");
    }

    @Test
    void wrongTypesAreValidationErrorsWithoutJavaTypeNames() {
        JsonNode problem = assertProblem(Http.postJson(server.uri("/api/echo"), "{\"message\": 42}"), 422);

        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("message");
        assertThat(problem.path("errors").get(0).path("message").asText()).isEqualTo("must be a string");
    }

    @Test
    void missingAndOversizedFieldsAreAllReported() {
        JsonNode missing = assertProblem(Http.postJson(server.uri("/api/echo"), "{\"data\": 1}"), 422);
        assertThat(missing.path("errors").get(0).path("message").asText()).isEqualTo("is required");

        String longMessage = "x".repeat(10_001);
        JsonNode tooLong = assertProblem(Http.postJson(server.uri("/api/echo"), "{\"message\":\"" + longMessage + "\"}"), 422);
        assertThat(tooLong.path("errors").get(0).path("field").asText()).isEqualTo("message");
    }

    @Test
    void unexpectedExceptionsAre500WithOnlyTheRequestId() {
        HttpResponse<String> response = Http.get(server.uri("/test/boom"));

        JsonNode problem = assertProblem(response, 500);
        assertThat(problem.path("detail").asText()).contains(problem.path("request_id").asText());
        assertThat(response.body()).doesNotContain("secret internal detail", "IllegalStateException");
    }

    @Test
    void validRequestsStillWork() {
        HttpResponse<String> response = Http.postJson(server.uri("/api/echo"), "{\"message\":\"héllo ✓\",\"data\":{\"n\":[1,2.5,null,true]}}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"message\":\"héllo ✓\",\"data\":{\"n\":[1,2.5,null,true]}}");
    }
}
