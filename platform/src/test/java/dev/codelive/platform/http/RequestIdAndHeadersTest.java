package dev.codelive.platform.http;

import static dev.codelive.platform.testing.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.codelive.platform.testing.Http;
import dev.codelive.platform.testing.TestRoutesModule;
import dev.codelive.platform.testing.TestServer;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RequestIdAndHeadersTest {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.builder()
                .module(new TestRoutesModule())
                .env("TRUSTED_PROXIES", "10.0.0.0/8")
                .env("CSP_CONNECT_SRC", "wss://live.example")
                .start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aWellFormedRequestIdRoundTrips() {
        HttpResponse<String> response = Http.get(server.uri("/api/missing"), "X-Request-Id", "client-abc.123:x");

        assertThat(response.headers().firstValue("X-Request-Id")).hasValue("client-abc.123:x");
        assertThat(assertProblem(response, 404).path("request_id").asText()).isEqualTo("client-abc.123:x");
    }

    @Test
    void aMalformedRequestIdIsReplaced() {
        HttpResponse<String> response = Http.get(server.uri("/health"), "X-Request-Id", "bad id\"<script>");

        assertThat(response.headers().firstValue("X-Request-Id")).hasValueSatisfying(id ->
                assertThat(id).matches("[0-9a-f-]{36}"));
    }

    @Test
    void everyResponseGetsAFreshIdWhenNoneIsSent() {
        String first = Http.get(server.uri("/health")).headers().firstValue("X-Request-Id").orElseThrow();
        String second = Http.get(server.uri("/health")).headers().firstValue("X-Request-Id").orElseThrow();

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void securityHeadersAreOnSuccessesAndErrors() {
        for (HttpResponse<String> response : new HttpResponse[] {
                Http.get(server.uri("/health")), Http.get(server.uri("/nope")), Http.get(server.uri("/test/boom"))}) {
            assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                    .contains("default-src 'self'", "connect-src 'self' wss://live.example", "object-src 'none'", "frame-ancestors 'self'"));
            assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).isPresent();
            assertThat(response.headers().firstValue("Permissions-Policy")).isPresent();
            assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
        }
    }

    @Test
    void hstsOnlyWhenHttpsIsReportedByATrustedProxy() {
        // The test client connects from 127.0.0.1, which is not in TRUSTED_PROXIES, so the header is not believed.
        assertThat(Http.get(server.uri("/health"), "X-Forwarded-Proto", "https").headers().firstValue("Strict-Transport-Security")).isEmpty();

        try (TestServer behindProxy = TestServer.builder().env("TRUSTED_PROXIES", "127.0.0.1").start()) {
            assertThat(Http.get(behindProxy.uri("/health"), "X-Forwarded-Proto", "https").headers().firstValue("Strict-Transport-Security"))
                    .hasValueSatisfying(hsts -> assertThat(hsts).startsWith("max-age="));
            assertThat(Http.get(behindProxy.uri("/health"), "X-Forwarded-Proto", "http").headers().firstValue("Strict-Transport-Security")).isEmpty();
        }
    }

    @Test
    void dynamicJsonIsNeverCached() {
        assertThat(Http.get(server.uri("/health")).headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(Http.get(server.uri("/nope")).headers().firstValue("Cache-Control")).hasValue("no-store");
    }
}
