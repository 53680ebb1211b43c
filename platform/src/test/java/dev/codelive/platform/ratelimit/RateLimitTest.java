package dev.codelive.platform.ratelimit;

import static dev.codelive.platform.testing.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.codelive.platform.config.RateLimitSpec;
import dev.codelive.platform.config.RateLimitSpec.Period;
import dev.codelive.platform.testing.Http;
import dev.codelive.platform.testing.JobApi;
import dev.codelive.platform.testing.Json;
import dev.codelive.platform.testing.TestServer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RateLimitTest {
    private static final String ECHO = "{\"message\":\"x\"}";

    @Test
    void exactlyTheBurstIsAllowedThen429WithACorrectRetryAfter() {
        try (TestServer server = TestServer.builder().policy("rate_limits: { api: { rate: 1, per: minute, burst: 3 } }").start()) {
            for (int i = 0; i < 3; i++) {
                HttpResponse<String> allowed = Http.postJson(server.uri("/api/echo"), ECHO);
                assertThat(allowed.statusCode()).isEqualTo(200);
                assertThat(allowed.headers().firstValue("RateLimit-Limit")).hasValue("3");
                assertThat(allowed.headers().firstValue("RateLimit-Remaining")).hasValue(Integer.toString(2 - i));
            }

            HttpResponse<String> refused = Http.postJson(server.uri("/api/echo"), ECHO);

            assertProblem(refused, 429);
            // One token per minute, none left: the next one is due within 60 s.
            assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isBetween(58L, 60L);
            assertThat(refused.headers().firstValue("RateLimit-Remaining")).hasValue("0");
            assertThat(Long.parseLong(refused.headers().firstValue("RateLimit-Reset").orElseThrow())).isBetween(170L, 180L);
            assertThat(Http.get(server.uri("/metrics")).body())
                    .contains("http_rate_limit_rejections_total{rate_class=\"api\"} 1.0");
        }
    }

    @Test
    void operationalRoutesAreNeverThrottled() {
        try (TestServer server = TestServer.builder().policy("rate_limits: { api: { rate: 1, per: minute, burst: 1 } }").start()) {
            Http.postJson(server.uri("/api/echo"), ECHO);
            assertThat(Http.postJson(server.uri("/api/echo"), ECHO).statusCode()).isEqualTo(429);

            for (int i = 0; i < 5; i++) {
                assertThat(Http.get(server.uri("/health")).statusCode()).isEqualTo(200);
                assertThat(Http.get(server.uri("/ready")).statusCode()).isEqualTo(200);
            }
        }
    }

    @Test
    void aForgedForwardedForFromAnUntrustedPeerGetsNoFreshBucket() {
        try (TestServer server = TestServer.builder().policy("rate_limits: { api: { rate: 1, per: minute, burst: 1 } }").start()) {
            assertThat(Http.postJson(server.uri("/api/echo"), ECHO, "X-Forwarded-For", "203.0.113.1").statusCode()).isEqualTo(200);
            assertThat(Http.postJson(server.uri("/api/echo"), ECHO, "X-Forwarded-For", "203.0.113.2").statusCode()).isEqualTo(429);
        }
    }

    @Test
    void behindATrustedProxyEachClientHasItsOwnBucket() {
        try (TestServer server = TestServer.builder()
                .env("TRUSTED_PROXIES", "127.0.0.1")
                .policy("rate_limits: { api: { rate: 1, per: minute, burst: 1 } }")
                .start()) {
            assertThat(Http.postJson(server.uri("/api/echo"), ECHO, "X-Forwarded-For", "203.0.113.1").statusCode()).isEqualTo(200);
            assertThat(Http.postJson(server.uri("/api/echo"), ECHO, "X-Forwarded-For", "203.0.113.2").statusCode()).isEqualTo(200);
            assertThat(Http.postJson(server.uri("/api/echo"), ECHO, "X-Forwarded-For", "203.0.113.1").statusCode()).isEqualTo(429);
        }
    }

    @Test
    void aSignedInCallerDrawsFromTheVariantOfTheirPlanWhereThereIsOne() {
        String admin = "plan-admin-token-0123456789abcdefghijklmnop";
        try (TestServer server = TestServer.builder().env("ADMIN_TOKEN", admin)
                .policy("rate_limits: { api: { rate: 1, per: minute, burst: 1 }, api.pro: { rate: 1, per: minute, burst: 3 } }").start()) {
            JobApi free = JobApi.signUp(server);
            JobApi pro = JobApi.signUp(server);
            String proId = Json.parse(pro.get("/api/me").body()).path("id").asText();
            HttpResponse<String> upgraded = Http.send(Http.request(server.uri("/api/admin/users/" + proId))
                    .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                    .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"plan\":\"pro\"}")).build());
            assertThat(upgraded.statusCode()).isEqualTo(200);

            assertThat(free.post("/api/echo", ECHO).statusCode()).isEqualTo(200);
            HttpResponse<String> refused = free.post("/api/echo", ECHO);
            assertProblem(refused, 429);
            assertThat(refused.body()).contains("'api'");
            for (int i = 0; i < 3; i++) {
                HttpResponse<String> allowed = pro.post("/api/echo", ECHO);
                assertThat(allowed.statusCode()).isEqualTo(200);
                assertThat(allowed.headers().firstValue("RateLimit-Limit")).hasValue("3");
            }
            HttpResponse<String> proRefused = pro.post("/api/echo", ECHO);
            assertProblem(proRefused, 429);
            assertThat(proRefused.body()).contains("'api.pro'");
        }
    }

    @Test
    void modulesDeclareQuotasThatThePolicyMayOverride() {
        RateLimiter limiter = new RateLimiter(new LocalBucketStore(Duration.ofHours(2), 100),
                Map.of("tracks", RateLimitSpec.of(2, Period.HOUR)));
        limiter.declare("tracks", RateLimitSpec.of(5, Period.MINUTE));
        limiter.declare("renders", RateLimitSpec.of(1, Period.HOUR));

        assertThat(limiter.tryConsume("tracks", "user:1").allowed()).isTrue();
        assertThat(limiter.tryConsume("tracks", "user:1").allowed()).isTrue();
        assertThat(limiter.tryConsume("tracks", "user:1").allowed()).as("policy's 2 per hour wins").isFalse();
        assertThat(limiter.tryConsume("tracks", "user:2").allowed()).as("buckets are per subject").isTrue();
        assertThat(limiter.tryConsume("renders", "user:1").allowed()).isTrue();
        RateLimitDecision refused = limiter.tryConsume("renders", "user:1");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isBetween(3590L, 3600L);
    }
}
