package dev.codelive.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;

/** Asserts that a response is a well-formed problem+json of the expected status that leaks no internals. */
public final class ProblemAssert {
    private ProblemAssert() {}

    public static JsonNode assertProblem(HttpResponse<String> response, int status) {
        String excerpt = response.body().length() > 300 ? response.body().substring(0, 300) + "…" : response.body();
        assertThat(response.statusCode()).as("status of %s", excerpt).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = Json.parse(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("type").asText()).startsWith("/problems/");
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("detail").asText()).isNotBlank();
        assertThat(problem.path("request_id").asText()).isEqualTo(response.headers().firstValue("X-Request-Id").orElseThrow());
        assertThat(response.body()).doesNotContain("Exception", "java.", "at dev.", "io.javalin", "org.eclipse", "jackson");
        return problem;
    }
}
