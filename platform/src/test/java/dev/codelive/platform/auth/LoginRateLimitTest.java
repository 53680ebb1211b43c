package dev.codelive.platform.auth;

import static dev.codelive.platform.testing.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.codelive.platform.testing.Http;
import dev.codelive.platform.testing.TestServer;
import org.junit.jupiter.api.Test;

class LoginRateLimitTest {
    private static String attempt(String email) {
        return "{\"email\":\"" + email + "\",\"password\":\"guess guess guess\"}";
    }

    @Test
    void signInAttemptsAreLimitedPerAccount() {
        try (TestServer server = TestServer.builder()
                .policy("rate_limits: { login: { rate: 100, per: minute, burst: 100 }, login_account: { rate: 1, per: minute, burst: 2 } }")
                .start()) {
            assertProblem(Http.postJson(server.uri("/api/auth/login"), attempt("victim@example.com")), 401);
            assertProblem(Http.postJson(server.uri("/api/auth/login"), attempt("Victim@Example.com")), 401);

            var refused = Http.postJson(server.uri("/api/auth/login"), attempt("victim@example.com"));

            assertProblem(refused, 429);
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
            assertProblem(Http.postJson(server.uri("/api/auth/login"), attempt("other@example.com")), 401);
        }
    }

    @Test
    void signInAttemptsAreLimitedPerClientAddress() {
        try (TestServer server = TestServer.builder()
                .policy("rate_limits: { login: { rate: 1, per: minute, burst: 3 }, login_account: { rate: 100, per: minute, burst: 100 } }")
                .start()) {
            for (int i = 0; i < 3; i++) {
                assertProblem(Http.postJson(server.uri("/api/auth/login"), attempt("user" + i + "@example.com")), 401);
            }
            assertProblem(Http.postJson(server.uri("/api/auth/login"), attempt("user9@example.com")), 429);
        }
    }
}
