package dev.codelive.platform.admin;

import static dev.codelive.platform.testing.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.codelive.platform.testing.Http;
import dev.codelive.platform.testing.Json;
import dev.codelive.platform.testing.TestDatabase.Kind;
import dev.codelive.platform.testing.TestRoutesModule;
import dev.codelive.platform.testing.ServerOnEachDatabase;
import dev.codelive.platform.testing.TestServer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Maintenance, emergency and kill switches, on H2 and PostgreSQL. */
@ParameterizedClass
@EnumSource(Kind.class)
class ModesTest extends ServerOnEachDatabase {
    static final String ADMIN = "modes-admin-token-0123456789abcdefghijklmnop";
    static final String ECHO = "{\"message\":\"x\"}";

    private String userToken;

    ModesTest(Kind kind) {
        super(kind);
    }

    @Override
    protected void configure(TestServer.Builder builder) {
        builder.env("ADMIN_TOKEN", ADMIN).module(new TestRoutesModule()).unthrottled();
    }

    @BeforeEach
    void start() {
        userToken = Json.parse(Http.postJson(server.uri("/api/auth/signup"),
                "{\"email\":\"user@example.com\",\"password\":\"correct horse battery\"}").body()).path("token").asText();
    }

    static HttpResponse<String> setMode(TestServer target, String token, String mode) {
        return Http.send(Http.request(target.uri("/api/admin/modes")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{\"mode\":\"" + mode + "\"}")).build());
    }

    private HttpResponse<String> capability(String token, String name, String action) {
        return Http.send(Http.request(server.uri("/api/admin/capabilities/" + name + "/" + action))
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    @Test
    void maintenancePausesNonAdminWritesAndKeepsReads() {
        assertThat(setMode(server, ADMIN, "maintenance").statusCode()).isEqualTo(200);

        HttpResponse<String> write = Http.postJson(server.uri("/api/echo"), ECHO, "Authorization", "Bearer " + userToken);
        assertProblem(write, 503);
        assertThat(write.headers().firstValue("Retry-After")).isPresent();
        assertThat(Http.get(server.uri("/api/me"), "Authorization", "Bearer " + userToken).statusCode()).isEqualTo(200);
        assertThat(Http.postJson(server.uri("/api/echo"), ECHO, "Authorization", "Bearer " + ADMIN).statusCode()).as("admins may write").isEqualTo(200);
        assertThat(Http.postJson(server.uri("/api/auth/login"), "{\"email\":\"user@example.com\",\"password\":\"correct horse battery\"}")
                .statusCode()).as("signing in is essential").isEqualTo(200);

        assertThat(setMode(server, ADMIN, "normal").statusCode()).isEqualTo(200);
        assertThat(Http.postJson(server.uri("/api/echo"), ECHO).statusCode()).isEqualTo(200);
        assertThat(Http.get(server.uri("/api/admin/audit?action=mode.changed"), "Authorization", "Bearer " + ADMIN).body())
                .contains("\"detail\":\"maintenance\"", "\"detail\":\"normal\"");
    }

    @Test
    void emergencyServesOnlyEssentialRoutes() {
        setMode(server, ADMIN, "emergency");

        assertProblem(Http.get(server.uri("/test/items/1")), 503);
        assertThat(Http.get(server.uri("/test-site/hello.txt")).statusCode()).isEqualTo(503);
        assertThat(Http.get(server.uri("/health")).statusCode()).isEqualTo(200);
        assertThat(Http.get(server.uri("/metrics")).statusCode()).isEqualTo(200);
        assertThat(Http.get(server.uri("/api/me"), "Authorization", "Bearer " + userToken).statusCode()).isEqualTo(200);
        assertThat(Http.get(server.uri("/api/admin/modes"), "Authorization", "Bearer " + ADMIN).body()).contains("\"mode\":\"emergency\"");

        setMode(server, ADMIN, "normal");
        assertThat(Http.get(server.uri("/test/items/1")).statusCode()).isEqualTo(200);
    }

    @Test
    void aKillSwitchTurnsItsRoutesOffAndOn() {
        assertThat(Http.get(server.uri("/test/capable")).statusCode()).isEqualTo(200);

        assertThat(capability(ADMIN, "execution", "disable").body()).contains("\"execution\":false");
        assertThat(assertProblem(Http.get(server.uri("/test/capable")), 503).path("detail").asText()).contains("execution");
        assertThat(Http.get(server.uri("/test/items/1")).statusCode()).as("other routes unaffected").isEqualTo(200);

        capability(ADMIN, "execution", "enable");
        assertThat(Http.get(server.uri("/test/capable")).statusCode()).isEqualTo(200);
    }

    @Test
    void badModeRequestsAreRefused() {
        assertProblem(setMode(server, userToken, "maintenance"), 403);
        assertProblem(setMode(server, ADMIN, "panic"), 422);
        assertProblem(capability(ADMIN, "Execution!", "disable"), 422);
        assertProblem(capability(ADMIN, "execution", "explode"), 422);
        assertProblem(capability(userToken, "execution", "disable"), 403);
    }
}
