package dev.codelive.platform.ops;

import static dev.codelive.platform.testing.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codelive.platform.health.CheckResult;
import dev.codelive.platform.testing.Http;
import dev.codelive.platform.testing.Json;
import dev.codelive.platform.testing.ServerOnEachDatabase;
import dev.codelive.platform.testing.TestDatabase.Kind;
import dev.codelive.platform.testing.TestRoutesModule;
import dev.codelive.platform.testing.TestServer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The admin diagnostics: component status, route performance and the database, on H2 and PostgreSQL. */
@ParameterizedClass
@EnumSource(Kind.class)
class DiagnosticsTest extends ServerOnEachDatabase {
    private static final String ADMIN = "diagnostics-admin-token-0123456789abcdefghij";
    private final AtomicBoolean dependencyUp = new AtomicBoolean(true);

    DiagnosticsTest(Kind kind) {
        super(kind);
    }

    @Override
    protected void configure(TestServer.Builder builder) {
        builder.env("ADMIN_TOKEN", ADMIN).env("DATABASE_POOL_SIZE", "4").unthrottled().module(new TestRoutesModule())
                .module(platform -> platform.readiness().addCheck("dependency",
                        () -> dependencyUp.get() ? CheckResult.ok() : CheckResult.failing("dependency unreachable")));
    }

    private JsonNode admin(String path) {
        var response = Http.get(server.uri(path), "Authorization", "Bearer " + ADMIN);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Json.parse(response.body());
    }

    @Test
    void onlyAdminsMaySeeDiagnostics() {
        String user = Json.parse(Http.postJson(server.uri("/api/auth/signup"),
                "{\"email\":\"user@example.com\",\"password\":\"correct horse battery\"}").body()).path("token").asText();
        for (String path : new String[] {"/api/diagnostics/status", "/api/diagnostics/performance", "/api/diagnostics/database"}) {
            assertProblem(Http.get(server.uri(path)), 401);
            assertProblem(Http.get(server.uri(path), "Authorization", "Bearer " + user), 403);
        }
    }

    @Test
    void statusShowsEachComponentWithLatencyAndTurnsDegradedWhenOneFails() {
        JsonNode healthy = admin("/api/diagnostics/status");

        assertThat(healthy.path("status").asText()).isEqualTo("ok");
        JsonNode database = healthy.path("components").path("database");
        assertThat(database.path("status").asText()).isEqualTo("ok");
        assertThat(database.path("latency_ms").isNumber()).isTrue();
        assertThat(database.path("vendor").asText()).isEqualTo(kind == Kind.H2 ? "h2" : "postgresql");
        assertThat(database.path("pool").path("maximum").asInt()).isEqualTo(4);
        assertThat(healthy.path("components").path("redis").path("configured").asBoolean()).isFalse();
        assertThat(healthy.path("components").path("queue").path("queues").isArray()).isTrue();
        assertThat(healthy.path("components").path("storage").path("status").asText()).isEqualTo("ok");
        assertThat(healthy.path("components").path("storage").path("backend").asText()).contains("blobs");
        assertThat(healthy.path("components").path("flags").path("declared").asInt()).isPositive();
        assertThat(healthy.path("components").path("flags").path("environment").asText()).isEqualTo(kind == Kind.H2 ? "embedded" : "production");

        dependencyUp.set(false);
        JsonNode degraded = admin("/api/diagnostics/status");

        assertThat(degraded.path("status").asText()).isEqualTo("degraded");
        assertThat(degraded.path("components").path("dependency").path("status").asText()).isEqualTo("failing");
        assertThat(degraded.path("components").path("dependency").path("detail").asText()).isEqualTo("dependency unreachable");
    }

    @Test
    void performanceReportsWhatTheServerAnswered() {
        for (int i = 0; i < 20; i++) {
            Http.get(server.uri("/test/items/" + i));
        }
        for (int i = 0; i < 5; i++) {
            Http.get(server.uri("/test/boom"));
        }

        JsonNode report = admin("/api/diagnostics/performance");

        assertThat(report.path("requests").asLong()).isGreaterThanOrEqualTo(25);
        assertThat(report.path("error_rate").asDouble()).isGreaterThan(0);
        JsonNode items = null;
        JsonNode boom = null;
        for (JsonNode route : report.path("routes")) {
            if (route.path("route").asText().equals("/test/items/{id}")) {
                items = route;
            } else if (route.path("route").asText().equals("/test/boom")) {
                boom = route;
            }
        }
        assertThat(items).isNotNull();
        assertThat(items.path("requests").asLong()).isEqualTo(20);
        assertThat(items.path("error_rate").asDouble()).isZero();
        assertThat(items.path("p50_ms").asDouble()).isPositive()
                .isLessThanOrEqualTo(items.path("p95_ms").asDouble());
        assertThat(items.path("p95_ms").asDouble()).isLessThanOrEqualTo(items.path("p99_ms").asDouble());
        assertThat(boom).isNotNull();
        assertThat(boom.path("server_errors").asLong()).isEqualTo(5);
        assertThat(boom.path("error_rate").asDouble()).isEqualTo(1.0);
    }

    @Test
    void databaseReportsMigrationPoolAndRoundTrip() {
        JsonNode report = admin("/api/diagnostics/database");

        assertThat(report.path("vendor").asText()).isEqualTo(kind == Kind.H2 ? "h2" : "postgresql");
        assertThat(report.path("migration").path("version").asText()).isEqualTo(server.platform().schema().version());
        assertThat(report.path("migration").path("pending").asInt()).isZero();
        assertThat(report.path("pool").path("maximum").asInt()).isEqualTo(4);
        assertThat(report.path("pool").path("total").asInt()).isBetween(1, 4);
        assertThat(report.path("select_1_ms").asDouble()).isPositive();
        assertThat(report.toString()).doesNotContain("password");
    }
}
