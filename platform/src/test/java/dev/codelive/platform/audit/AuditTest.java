package dev.codelive.platform.audit;

import static dev.codelive.platform.testing.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codelive.platform.testing.Http;
import dev.codelive.platform.testing.Json;
import dev.codelive.platform.testing.TestDatabase.Kind;
import dev.codelive.platform.testing.ServerOnEachDatabase;
import dev.codelive.platform.testing.TestServer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Account events land in the audit log with actor, outcome and request id; admins read it with filters. */
@ParameterizedClass
@EnumSource(Kind.class)
class AuditTest extends ServerOnEachDatabase {
    static final String ADMIN_TOKEN = "audit-admin-token-0123456789abcdefghijklmnop";
    static final String PASSWORD = "correct horse battery";

    AuditTest(Kind kind) {
        super(kind);
    }

    @Override
    protected void configure(TestServer.Builder builder) {
        builder.env("ADMIN_TOKEN", ADMIN_TOKEN).unthrottled();
    }

    private JsonNode audit(String query) {
        HttpResponse<String> response = Http.get(server.uri("/api/admin/audit" + query), "Authorization", "Bearer " + ADMIN_TOKEN);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.parse(response.body()).path("entries");
    }

    private static List<String> actions(JsonNode entries) {
        List<String> actions = new ArrayList<>();
        entries.forEach(entry -> actions.add(entry.path("action").asText() + ":" + entry.path("outcome").asText()));
        return actions;
    }

    @Test
    void accountEventsAreRecordedNewestFirstWithTheirRequest() {
        HttpResponse<String> signup = Http.postJson(server.uri("/api/auth/signup"),
                "{\"email\":\"eve@example.com\",\"password\":\"" + PASSWORD + "\"}", "X-Request-Id", "audit-signup");
        String userId = Json.parse(signup.body()).path("user").path("id").asText();
        String token = Json.parse(signup.body()).path("token").asText();
        Http.postJson(server.uri("/api/auth/login"), "{\"email\":\"eve@example.com\",\"password\":\"wrong password here\"}",
                "X-Request-Id", "audit-bad-login");
        Http.send(Http.request(server.uri("/api/auth/logout")).header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        Http.send(Http.request(server.uri("/api/admin/users/" + userId)).header("Authorization", "Bearer " + ADMIN_TOKEN)
                .header("Content-Type", "application/json").method("PATCH", HttpRequest.BodyPublishers.ofString("{\"plan\":\"pro\"}")).build());

        JsonNode entries = audit("");

        assertThat(actions(entries)).containsSubsequence(
                "user.updated:success", "token.revoked:success", "auth.login:failure", "token.created:success",
                "auth.signup:success", "admin.bootstrap:success");
        JsonNode failedLogin = audit("?action=auth.login").get(0);
        assertThat(failedLogin.path("outcome").asText()).isEqualTo("failure");
        assertThat(failedLogin.path("target").asText()).isEqualTo("eve@example.com");
        assertThat(failedLogin.path("detail").asText()).isEqualTo("wrong password");
        assertThat(failedLogin.path("request_id").asText()).isEqualTo("audit-bad-login");
        assertThat(failedLogin.path("client_ip").asText()).isEqualTo("127.0.0.1");
        assertThat(audit("?action=auth.signup").get(0).path("request_id").asText()).isEqualTo("audit-signup");
        assertThat(audit("?action=user.updated").get(0).path("detail").asText()).isEqualTo("plan=pro");
        assertThat(audit("?actor=" + userId).size()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void filtersPagingAndBadQueries() {
        Http.postJson(server.uri("/api/auth/signup"), "{\"email\":\"pat@example.com\",\"password\":\"" + PASSWORD + "\"}");

        assertThat(audit("?limit=1").size()).isEqualTo(1);
        assertThat(audit("?since=2999-01-01T00:00:00Z").size()).isZero();
        assertThat(audit("?until=2000-01-01T00:00:00Z").size()).isZero();
        assertThat(audit("?since=2000-01-01T00:00:00Z&action=auth.signup").size()).isEqualTo(1);
        assertProblem(Http.get(server.uri("/api/admin/audit?since=yesterday"), "Authorization", "Bearer " + ADMIN_TOKEN), 422);
        assertProblem(Http.get(server.uri("/api/admin/audit?limit=501"), "Authorization", "Bearer " + ADMIN_TOKEN), 422);

        String user = Json.parse(Http.postJson(server.uri("/api/auth/login"),
                "{\"email\":\"pat@example.com\",\"password\":\"" + PASSWORD + "\"}").body()).path("token").asText();
        assertProblem(Http.get(server.uri("/api/admin/audit"), "Authorization", "Bearer " + user), 403);
    }
}
