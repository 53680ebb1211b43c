package dev.codelive.platform.http;

import static dev.codelive.platform.testing.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.codelive.platform.testing.Http;
import dev.codelive.platform.testing.TestServer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CorsTest {
    static final String ALLOWED = "https://studio.example";
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.builder().env("CORS_ORIGINS", ALLOWED + ",http://localhost:5173").start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> preflight(String origin, String headers) {
        HttpRequest.Builder request = Http.request(server.uri("/api/echo"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST");
        if (headers != null) {
            request.header("Access-Control-Request-Headers", headers);
        }
        return Http.send(request.build());
    }

    @Test
    void anAllowedOriginIsEchoedNeverAWildcard() {
        HttpResponse<String> response = Http.get(server.uri("/health"), "Origin", ALLOWED);

        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ALLOWED);
        assertThat(response.headers().allValues("Vary")).anySatisfy(vary -> assertThat(vary).contains("Origin"));
        assertThat(response.headers().firstValue("Access-Control-Expose-Headers")).hasValueSatisfying(exposed ->
                assertThat(exposed).contains("X-Request-Id", "Retry-After"));
    }

    @Test
    void anOtherOriginGetsNoCorsHeaders() {
        HttpResponse<String> response = Http.get(server.uri("/health"), "Origin", "https://evil.example");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().map().keySet()).noneMatch(name -> name.toLowerCase().startsWith("access-control-"));
    }

    @Test
    void originsDifferingOnlyInSchemeOrPortAreOtherOrigins() {
        assertThat(Http.get(server.uri("/health"), "Origin", "http://studio.example").headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(Http.get(server.uri("/health"), "Origin", "https://studio.example:444").headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void anAllowedPreflightIsAnswered() {
        HttpResponse<String> response = preflight(ALLOWED, "Content-Type, X-Request-Id");

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ALLOWED);
        assertThat(response.headers().firstValue("Access-Control-Allow-Methods")).hasValueSatisfying(m -> assertThat(m).contains("POST"));
        assertThat(response.headers().firstValue("Access-Control-Allow-Headers")).hasValue("content-type, x-request-id");
        assertThat(response.headers().firstValue("Access-Control-Max-Age")).isPresent();
    }

    @Test
    void aRefusedPreflightIs403WithoutCorsHeaders() {
        HttpResponse<String> response = preflight("https://evil.example", null);

        assertProblem(response, 403);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void aPreflightAskingForAnUnlistedHeaderIsRefused() {
        assertProblem(preflight(ALLOWED, "X-Custom-Danger"), 403);
    }
}
