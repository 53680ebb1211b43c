package dev.codelive.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codelive.platform.testing.Http;
import dev.codelive.platform.testing.RequiresService;
import dev.codelive.platform.testing.RequiresService.Service;
import dev.codelive.platform.testing.TestServer;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@RequiresService(Service.REDIS)
class RedisRateLimitTest {
    private static final String ECHO = "{\"message\":\"x\"}";
    private static final String POLICY = "rate_limits: { api: { rate: 1, per: minute, burst: 4 } }";

    private static TestServer replica(String namespace) {
        return TestServer.builder()
                .env("REDIS_URL", Service.REDIS.location())
                .redisNamespace(namespace)
                .policy(POLICY)
                .start();
    }

    @Test
    void twoReplicasDrawFromOneBucket() {
        String namespace = "test-" + UUID.randomUUID();
        try (TestServer first = replica(namespace); TestServer second = replica(namespace)) {
            int allowed = 0;
            for (int i = 0; i < 10; i++) {
                TestServer target = i % 2 == 0 ? first : second;
                if (Http.postJson(target.uri("/api/echo"), ECHO).statusCode() == 200) {
                    allowed++;
                }
            }

            assertThat(allowed).as("a burst of 4 shared by both replicas").isEqualTo(4);
            assertThat(Http.postJson(second.uri("/api/echo"), ECHO).headers().firstValue("Retry-After")).isPresent();
            assertThat(Http.get(first.uri("/ready")).body()).contains("\"redis\":{\"status\":\"ok\"");
        }
    }

    @Test
    void concurrentRequestsCannotOverspendTheSharedBucket() throws Exception {
        String namespace = "test-" + UUID.randomUUID();
        try (TestServer first = replica(namespace); TestServer second = replica(namespace)) {
            var executor = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor();
            var results = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
            for (int i = 0; i < 24; i++) {
                TestServer target = i % 2 == 0 ? first : second;
                results.add(executor.submit(() -> Http.postJson(target.uri("/api/echo"), ECHO).statusCode()));
            }
            int allowed = 0;
            for (var result : results) {
                allowed += result.get() == 200 ? 1 : 0;
            }
            executor.shutdown();

            assertThat(allowed).isEqualTo(4);
        }
    }

    @Test
    void separateNamespacesDoNotShare() {
        try (TestServer first = replica("test-" + UUID.randomUUID()); TestServer second = replica("test-" + UUID.randomUUID())) {
            for (int i = 0; i < 4; i++) {
                assertThat(Http.postJson(first.uri("/api/echo"), ECHO).statusCode()).isEqualTo(200);
            }
            assertThat(Http.postJson(second.uri("/api/echo"), ECHO).statusCode()).isEqualTo(200);
        }
    }
}
