package dev.codelive.platform.flags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.codelive.platform.testing.Http;
import dev.codelive.platform.testing.Json;
import dev.codelive.platform.testing.RequiresService;
import dev.codelive.platform.testing.RequiresService.Service;
import dev.codelive.platform.testing.TestDatabase;
import dev.codelive.platform.testing.TestServer;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An admin's override on one replica, seen by another that has the old flags cached for five minutes. */
@RequiresService(Service.POSTGRES)
class FeatureFlagsAcrossReplicasTest {
    static final String ADMIN = "flags-replica-admin-token-0123456789abcdefgh";

    private static TestServer replica(TestDatabase database, Map<String, String> env, String redisNamespace) {
        return TestServer.builder().env(database.env()).env(env).env("ADMIN_TOKEN", ADMIN).env("FEATURE_FLAGS_ENVIRONMENT", "embedded")
                .env("FEATURE_FLAGS_CACHE_TTL", "300").redisNamespace(redisNamespace).unthrottled().start();
    }

    private static boolean glitch(TestServer server) {
        return Json.parse(Http.get(server.uri("/api/flags")).body()).path("flags").path("glitch").asBoolean();
    }

    @Test
    @RequiresService(Service.REDIS)
    void withRedisTheOtherReplicaFollowsAtOnce() {
        Map<String, String> redis = Map.of("REDIS_URL", Service.REDIS.location());
        String namespace = "flags-" + UUID.randomUUID();
        try (TestDatabase database = TestDatabase.create(TestDatabase.Kind.POSTGRESQL);
             TestServer first = replica(database, redis, namespace);
             TestServer second = replica(database, redis, namespace)) {
            assertThat(glitch(second)).isTrue();

            assertThat(FeatureFlagsTest.put(first, ADMIN, "glitch", "{\"enabled\":false}").statusCode()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(5)).until(() -> !glitch(second));

            Http.send(Http.request(first.uri("/api/admin/flags/glitch")).header("Authorization", "Bearer " + ADMIN).DELETE().build());
            await().atMost(Duration.ofSeconds(5)).until(() -> glitch(second));
        }
    }

    @Test
    void withoutRedisTheOtherReplicaKeepsItsCacheUntilTheTtl() {
        try (TestDatabase database = TestDatabase.create(TestDatabase.Kind.POSTGRESQL);
             TestServer first = replica(database, Map.of(), "unused");
             TestServer second = replica(database, Map.of(), "unused")) {
            assertThat(glitch(second)).isTrue();

            FeatureFlagsTest.put(first, ADMIN, "glitch", "{\"enabled\":false}");

            assertThat(glitch(first)).as("the replica that made the change").isFalse();
            assertThat(glitch(second)).as("cached for FEATURE_FLAGS_CACHE_TTL: what Redis's event saves").isTrue();
        }
    }
}
