package dev.codelive.platform.auth;

import static dev.codelive.platform.testing.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codelive.platform.testing.Http;
import dev.codelive.platform.testing.Json;
import dev.codelive.platform.testing.ServerOnEachDatabase;
import dev.codelive.platform.testing.TestDatabase.Kind;
import dev.codelive.platform.testing.TestServer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** A user's own tokens through /api/me/tokens, kept apart from every other user's, on H2 and PostgreSQL. */
@ParameterizedClass
@EnumSource(Kind.class)
class TokensTest extends ServerOnEachDatabase {
    private static final int LIMIT = 3;

    private String alice;
    private String bob;

    TokensTest(Kind kind) {
        super(kind);
    }

    @Override
    protected void configure(TestServer.Builder builder) {
        builder.unthrottled().policy("auth: { max_api_tokens_per_user: " + LIMIT + " }");
    }

    @BeforeEach
    void signUp() {
        alice = signup("alice@example.com");
        bob = signup("bob@example.com");
    }

    private String signup(String email) {
        return Json.parse(Http.postJson(server.uri("/api/auth/signup"),
                "{\"email\":\"" + email + "\",\"password\":\"correct horse battery\"}").body()).path("token").asText();
    }

    private HttpResponse<String> create(String token, String body) {
        return Http.postJson(server.uri("/api/me/tokens"), body, "Authorization", "Bearer " + token);
    }

    private HttpResponse<String> revoke(String token, String id) {
        return Http.send(Http.request(server.uri("/api/me/tokens/" + id)).header("Authorization", "Bearer " + token).DELETE().build());
    }

    private JsonNode list(String token) {
        HttpResponse<String> response = Http.get(server.uri("/api/me/tokens"), "Authorization", "Bearer " + token);
        assertThat(response.statusCode()).isEqualTo(200);
        return Json.parse(response.body()).path("tokens");
    }

    private int status(String token) {
        return Http.get(server.uri("/api/me"), "Authorization", "Bearer " + token).statusCode();
    }

    @Test
    void aCreatedTokenIsShownOnceListedWithoutItsSecretAndWorks() {
        HttpResponse<String> created = create(alice, "{\"label\":\"ci deploy\"}");

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode body = Json.parse(created.body());
        String secret = body.path("token").asText();
        assertThat(secret).startsWith("cl_");
        assertThat(status(secret)).isEqualTo(200);
        JsonNode tokens = list(alice);
        assertThat(tokens).hasSize(2);
        assertThat(tokens.toString()).doesNotContain(secret).doesNotContain("token_hash").doesNotContain(TokenStore.hash(secret));
        assertThat(tokens.get(0).path("current").asBoolean()).as("the sign-up token made this request").isTrue();
        assertThat(tokens.get(1).path("label").asText()).isEqualTo("ci deploy");
        assertThat(tokens.get(1).path("current").asBoolean()).isFalse();
        assertThat(Http.get(server.uri("/api/admin/audit?action=token.created"), "Authorization", "Bearer " + alice).statusCode())
                .as("the audit log is for admins").isEqualTo(403);
    }

    @Test
    void revokingByIdEndsTheTokenAtOnce() {
        JsonNode created = Json.parse(create(alice, "{\"label\":\"laptop\"}").body());
        String id = created.path("id").asText();
        assertThat(status(created.path("token").asText())).isEqualTo(200);

        assertThat(revoke(alice, id).statusCode()).isEqualTo(204);

        assertProblem(Http.get(server.uri("/api/me"), "Authorization", "Bearer " + created.path("token").asText()), 401);
        assertThat(list(alice)).hasSize(1);
        assertProblem(revoke(alice, id), 404);
    }

    @Test
    void anotherUsersTokenIdIsNotFoundAndStaysLive() {
        HttpResponse<String> created = create(bob, "{\"label\":\"bob's script\"}");
        String bobsId = Json.parse(created.body()).path("id").asText();
        String bobsSecret = Json.parse(created.body()).path("token").asText();

        HttpResponse<String> attempt = revoke(alice, bobsId);

        assertProblem(attempt, 404);
        JsonNode unknown = Json.parse(revoke(alice, "00000000-0000-0000-0000-000000000000").body());
        JsonNode foreign = Json.parse(attempt.body());
        assertThat(foreign.path("type")).as("indistinguishable from an unknown id").isEqualTo(unknown.path("type"));
        assertThat(foreign.path("detail").asText().replace(bobsId, "ID"))
                .isEqualTo(unknown.path("detail").asText().replace("00000000-0000-0000-0000-000000000000", "ID"));
        assertThat(status(bobsSecret)).isEqualTo(200);
        assertThat(list(alice).toString()).doesNotContain(bobsId);
        assertThat(list(bob).toString()).contains(bobsId);
    }

    @Test
    void malformedIdsAreNotFound() {
        for (String id : List.of("not-a-uuid", "1%20OR%201=1", "%27%3B%20DROP%20TABLE%20api_tokens%3B--", "x".repeat(200))) {
            assertProblem(revoke(alice, id), 404);
        }
        assertThat(status(alice)).isEqualTo(200);
    }

    @Test
    void labelsAreValidatedAndStoredVerbatim() {
        assertProblem(create(alice, "{}"), 422);
        assertProblem(create(alice, "{\"label\":\"   \"}"), 422);
        assertProblem(create(alice, "{\"label\":\"" + "x".repeat(101) + "\"}"), 422);
        assertProblem(create(alice, "{\"label\":\"bell\\u0007\"}"), 422);
        assertProblem(create(alice, "{\"label\":5}"), 422);
        assertProblem(create(alice, "{\"label\":"), 400);

        String sqlish = "'); DELETE FROM api_tokens; --";
        assertThat(create(alice, "{\"label\":\"" + sqlish + "\"}").statusCode()).isEqualTo(201);
        assertThat(list(alice).get(1).path("label").asText()).isEqualTo(sqlish);
        assertThat(status(bob)).isEqualTo(200);
    }

    @Test
    void theLimitHoldsUnderConcurrentCreation() throws Exception {
        var executor = Executors.newFixedThreadPool(8);
        List<Callable<Integer>> attempts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String body = "{\"label\":\"burst " + i + "\"}";
            attempts.add(() -> create(alice, body).statusCode());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> result : executor.invokeAll(attempts)) {
            statuses.add(result.get());
        }
        executor.shutdown();

        assertThat(statuses).as("statuses").filteredOn(code -> code == 201).hasSize(LIMIT);
        assertThat(statuses).filteredOn(code -> code == 409).hasSize(8 - LIMIT);
        assertThat(list(alice)).as("the limit counts API tokens, not the sign-up token").hasSize(LIMIT + 1);
    }

    @Test
    void browserSessionsAreListedAndRevocableToo() {
        HttpResponse<String> login = Http.postJson(server.uri("/api/auth/login"),
                "{\"email\":\"alice@example.com\",\"password\":\"correct horse battery\",\"cookie\":true}");
        assertThat(login.statusCode()).isEqualTo(200);

        JsonNode tokens = list(alice);
        assertThat(tokens).hasSize(2);
        JsonNode session = tokens.get(1);
        assertThat(session.path("kind").asText()).isEqualTo("session");
        assertThat(session.path("expires_at").isNull()).isFalse();
        assertThat(revoke(alice, session.path("id").asText()).statusCode()).isEqualTo(204);
        assertThat(list(alice)).hasSize(1);
    }

    @Test
    void withoutCredentialsItIs401() {
        assertProblem(Http.get(server.uri("/api/me/tokens")), 401);
        assertProblem(Http.send(Http.request(server.uri("/api/me/tokens/00000000-0000-0000-0000-000000000000")).DELETE().build()), 401);
        assertProblem(Http.send(Http.request(server.uri("/api/me/tokens")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"label\":\"x\"}")).build()), 401);
    }
}
