package dev.codelive.platform.auth;

import static dev.codelive.platform.testing.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codelive.platform.config.ConfigException;
import dev.codelive.platform.testing.Http;
import dev.codelive.platform.testing.Json;
import dev.codelive.platform.testing.TestDatabase.Kind;
import dev.codelive.platform.testing.ServerOnEachDatabase;
import dev.codelive.platform.testing.TestServer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Accounts and tokens end to end, on the embedded H2 and on the real PostgreSQL. */
@ParameterizedClass
@EnumSource(Kind.class)
class AuthTest extends ServerOnEachDatabase {
    static final String PASSWORD = "correct horse battery";
    static final String ADMIN_TOKEN = "admin-token-0123456789abcdefghijklmnopqrstuv";

    AuthTest(Kind kind) {
        super(kind);
    }

    @Override
    protected void configure(TestServer.Builder builder) {
        builder.env("ADMIN_EMAIL", "Boss@Example.com").env("ADMIN_PASSWORD", "admin password 42!").env("ADMIN_TOKEN", ADMIN_TOKEN).unthrottled();
    }

    private HttpResponse<String> signup(String email, String password) {
        return Http.postJson(server.uri("/api/auth/signup"), "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
    }

    private HttpResponse<String> login(String email, String password) {
        return Http.postJson(server.uri("/api/auth/login"), "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
    }

    private HttpResponse<String> me(String token) {
        return Http.get(server.uri("/api/me"), "Authorization", "Bearer " + token);
    }

    private static String token(HttpResponse<String> response) {
        return Json.parse(response.body()).path("token").asText();
    }

    @Test
    void signUpSignInUseAndRevokeTokens() {
        HttpResponse<String> created = signup("  Ada@Example.COM ", PASSWORD);
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode account = Json.parse(created.body()).path("user");
        assertThat(account.path("email").asText()).isEqualTo("ada@example.com");
        assertThat(account.path("role").asText()).isEqualTo("user");
        assertThat(account.path("plan").asText()).isEqualTo("free");
        assertThat(account.path("display_name").asText()).isEqualTo("ada");
        assertThat(account.has("password_hash")).isFalse();
        String first = token(created);
        assertThat(first).startsWith("cl_").hasSizeGreaterThanOrEqualTo(46);

        String second = token(login("ADA@example.com", PASSWORD));
        assertThat(me(first).statusCode()).isEqualTo(200);
        assertThat(Json.parse(me(second).body()).path("email").asText()).isEqualTo("ada@example.com");

        HttpResponse<String> logout = Http.send(Http.request(server.uri("/api/auth/logout"))
                .header("Authorization", "Bearer " + first).POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(logout.statusCode()).isEqualTo(204);
        assertProblem(me(first), 401);
        assertThat(me(second).statusCode()).as("other tokens stay valid").isEqualTo(200);
    }

    @Test
    void tokensAreStoredOnlyAsHashes() {
        String token = token(signup("hash@example.com", PASSWORD));

        List<String> stored = server.platform().database().jdbi().withHandle(handle ->
                handle.createQuery("SELECT token_hash FROM api_tokens").mapTo(String.class).list());

        assertThat(stored).contains(TokenStore.hash(token)).noneMatch(value -> value.contains(token.substring(3, 20)));
    }

    @Test
    void aDuplicateSignUpIs409WhateverTheCase() {
        assertThat(signup("dup@example.com", PASSWORD).statusCode()).isEqualTo(201);

        assertProblem(signup("DUP@example.com", "another good password"), 409);
    }

    @Test
    void weakPasswordsAndBadEmailsAre422StatingTheRules() {
        JsonNode weak = assertProblem(signup("weak@example.com", "aaaaaaaaaaaaaaa"), 422);
        assertThat(weak.path("errors").get(0).path("field").asText()).isEqualTo("password");
        assertThat(weak.path("errors").get(0).path("message").asText()).contains("5 different characters", Credentials.PASSWORD_RULES);
        assertThat(assertProblem(signup("short@example.com", "abc12"), 422).path("errors").get(0).path("message").asText())
                .contains("shorter than 12");
        assertThat(assertProblem(signup("not-an-email", PASSWORD), 422).path("errors").get(0).path("field").asText()).isEqualTo("email");
        assertProblem(Http.postJson(server.uri("/api/auth/signup"), "{\"email\":\"x@example.com\"}"), 422);
    }

    @Test
    void wrongPasswordAndUnknownEmailLookTheSameIncludingTheirTiming() {
        signup("known@example.com", PASSWORD);

        JsonNode wrong = assertProblem(login("known@example.com", "not the password at all"), 401);
        JsonNode unknown = assertProblem(login("nobody@example.com", "not the password at all"), 401);
        assertThat(wrong.path("detail").asText()).isEqualTo(unknown.path("detail").asText());

        // Interleaved, so that a load spike on a busy machine slows both kinds alike.
        List<Long> wrongSamples = new ArrayList<>();
        List<Long> unknownSamples = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            wrongSamples.add(nanos(() -> login("known@example.com", "not the password at all")));
            unknownSamples.add(nanos(() -> login("nobody@example.com", "not the password at all")));
        }
        // Both pay one Argon2 hash; without the decoy an unknown email answers tens of times faster.
        assertThat((double) median(unknownSamples) / median(wrongSamples)).isBetween(0.4, 2.5);
    }

    @Test
    void missingOrBadCredentialsAre401AndAdminRoutesAre403ForUsers() {
        HttpResponse<String> anonymous = Http.get(server.uri("/api/me"));
        assertProblem(anonymous, 401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertProblem(me("cl_forged-token"), 401);

        String user = token(signup("user@example.com", PASSWORD));
        assertProblem(Http.get(server.uri("/api/admin/users"), "Authorization", "Bearer " + user), 403);
    }

    @Test
    void theFirstAdminComesFromTheEnvironment() {
        String byPassword = token(login("boss@example.com", "admin password 42!"));
        assertThat(Json.parse(me(byPassword).body()).path("role").asText()).isEqualTo("admin");

        HttpResponse<String> users = Http.get(server.uri("/api/admin/users?limit=10"), "Authorization", "Bearer " + ADMIN_TOKEN);
        assertThat(users.statusCode()).isEqualTo(200);
        assertThat(Json.parse(users.body()).path("users").get(0).path("email").asText()).isEqualTo("boss@example.com");
        assertProblem(Http.get(server.uri("/api/admin/users?limit=0"), "Authorization", "Bearer " + ADMIN_TOKEN), 422);
    }

    @Test
    void textThatLooksLikeSqlComesBackVerbatim() {
        String name = "Robert'); DROP TABLE users; -- \\\"☃";
        HttpResponse<String> created = Http.postJson(server.uri("/api/auth/signup"),
                "{\"email\":\"bobby@example.com\",\"password\":\"" + PASSWORD + "\",\"display_name\":\"" + name + "\"}");

        assertThat(Json.parse(me(token(created)).body()).path("display_name").asText()).isEqualTo("Robert'); DROP TABLE users; -- \"☃");
    }

    @Test
    void anExistingAccountNamedInAdminEmailIsPromotedAtStartUp() {
        String token = token(signup("later-admin@example.com", PASSWORD));
        assertThat(Json.parse(me(token).body()).path("role").asText()).isEqualTo("user");

        server.close();
        server = TestServer.builder().env(database.env()).env("ADMIN_EMAIL", "Later-Admin@example.com").start();

        JsonNode promoted = Json.parse(me(token).body());
        assertThat(promoted.path("role").asText()).isEqualTo("admin");
        assertThat(token(login("later-admin@example.com", PASSWORD))).as("the password is left alone").startsWith("cl_");
    }

    @Test
    void aWeakAdminPasswordStopsStartUp() {
        assertThatThrownBy(() -> TestServer.builder().env(database.env()).env("ADMIN_EMAIL", "a@example.com")
                .env("ADMIN_PASSWORD", "short").start())
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.key()).isEqualTo("ADMIN_PASSWORD"));
    }

    private static long nanos(Runnable action) {
        long start = System.nanoTime();
        action.run();
        return System.nanoTime() - start;
    }

    private static long median(List<Long> samples) {
        List<Long> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private HttpResponse<String> patchUser(String adminToken, String id, String json) {
        return Http.send(Http.request(server.uri("/api/admin/users/" + id))
                .header("Authorization", "Bearer " + adminToken)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    @Test
    void adminsChangeRoleGroupsPlanAndDisableUsers() {
        HttpResponse<String> created = signup("member@example.com", PASSWORD);
        String userToken = token(created);
        String id = Json.parse(created.body()).path("user").path("id").asText();

        HttpResponse<String> changed = patchUser(ADMIN_TOKEN, id, "{\"groups\":[\"beta_testers\",\"premium_users\"],\"plan\":\"pro\"}");
        assertThat(changed.statusCode()).isEqualTo(200);
        JsonNode updated = Json.parse(me(userToken).body());
        assertThat(updated.path("plan").asText()).isEqualTo("pro");
        assertThat(updated.path("groups").toString()).contains("beta_testers", "premium_users");
        assertThat(updated.path("role").asText()).as("untouched").isEqualTo("user");

        assertThat(patchUser(ADMIN_TOKEN, id, "{\"role\":\"admin\"}").statusCode()).isEqualTo(200);
        assertThat(Http.get(server.uri("/api/admin/users"), "Authorization", "Bearer " + userToken).statusCode()).isEqualTo(200);

        assertThat(patchUser(ADMIN_TOKEN, id, "{\"disabled\":true}").statusCode()).isEqualTo(200);
        assertProblem(me(userToken), 401);
        assertProblem(login("member@example.com", PASSWORD), 401);
    }

    @Test
    void badAdminChangesAreRefusedClearly() {
        String id = Json.parse(signup("target@example.com", PASSWORD).body()).path("user").path("id").asText();
        String userToken = token(login("target@example.com", PASSWORD));

        assertProblem(patchUser(userToken, id, "{\"plan\":\"pro\"}"), 403);
        assertProblem(patchUser(ADMIN_TOKEN, "00000000-0000-0000-0000-000000000000", "{\"plan\":\"pro\"}"), 404);
        assertThat(assertProblem(patchUser(ADMIN_TOKEN, id, "{\"role\":\"superuser\"}"), 422).path("errors").get(0).path("field").asText())
                .isEqualTo("role");
        assertThat(assertProblem(patchUser(ADMIN_TOKEN, id, "{\"groups\":[\"Beta Testers\"]}"), 422).path("errors").get(0).path("field").asText())
                .isEqualTo("groups[0]");
        assertProblem(patchUser(ADMIN_TOKEN, id, "{}"), 422);

        String adminId = Json.parse(me(ADMIN_TOKEN).body()).path("id").asText();
        assertProblem(patchUser(ADMIN_TOKEN, adminId, "{\"disabled\":true}"), 409);
        assertProblem(patchUser(ADMIN_TOKEN, adminId, "{\"role\":\"user\"}"), 409);
    }

    /** Signs in as a browser does; returns the Cookie header value to send back, and the CSRF token. */
    private String[] browserLogin(String email) {
        HttpResponse<String> response = Http.postJson(server.uri("/api/auth/login"),
                "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"cookie\":true}");
        assertThat(response.statusCode()).isEqualTo(200);
        List<String> setCookies = response.headers().allValues("Set-Cookie");
        String session = setCookies.stream().filter(c -> c.startsWith(SessionCookies.SESSION + "=")).findFirst().orElseThrow();
        String csrf = setCookies.stream().filter(c -> c.startsWith(SessionCookies.CSRF + "=")).findFirst().orElseThrow();
        assertThat(session).contains("HttpOnly", "SameSite=Strict", "Path=/", "Max-Age=");
        assertThat(csrf).contains("SameSite=Strict").doesNotContain("HttpOnly");
        JsonNode body = Json.parse(response.body());
        assertThat(body.has("token")).as("a cookie session never puts its token where scripts can read it").isFalse();
        String csrfToken = body.path("csrf_token").asText();
        assertThat(csrf).startsWith(SessionCookies.CSRF + "=" + csrfToken + ";");
        return new String[] {session.substring(0, session.indexOf(';')), csrfToken};
    }

    private HttpResponse<String> logoutWithCookie(String cookie, String csrfHeader) {
        HttpRequest.Builder request = Http.request(server.uri("/api/auth/logout")).header("Cookie", cookie).POST(HttpRequest.BodyPublishers.noBody());
        if (csrfHeader != null) {
            request.header(SessionCookies.CSRF_HEADER, csrfHeader);
        }
        return Http.send(request.build());
    }

    @Test
    void aBrowserSessionLivesInAnHttpOnlyCookieAndWritesNeedTheCsrfToken() {
        signup("browser@example.com", PASSWORD);
        String[] session = browserLogin("browser@example.com");
        String cookie = session[0];

        assertThat(Http.get(server.uri("/api/me"), "Cookie", cookie).statusCode()).isEqualTo(200);
        assertProblem(logoutWithCookie(cookie, null), 403);
        assertProblem(logoutWithCookie(cookie, "0".repeat(64)), 403);
        assertThat(Http.get(server.uri("/api/me"), "Cookie", cookie).statusCode()).as("refused writes changed nothing").isEqualTo(200);

        HttpResponse<String> loggedOut = logoutWithCookie(cookie, session[1]);

        assertThat(loggedOut.statusCode()).isEqualTo(204);
        assertThat(loggedOut.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith(SessionCookies.SESSION + "=;") && c.contains("Max-Age=0"));
        assertProblem(Http.get(server.uri("/api/me"), "Cookie", cookie), 401);
    }

    @Test
    void anExpiredSessionCookieIsRefused() {
        signup("expiring@example.com", PASSWORD);
        String cookie = browserLogin("expiring@example.com")[0];
        assertThat(Http.get(server.uri("/api/me"), "Cookie", cookie).statusCode()).isEqualTo(200);

        server.platform().database().jdbi().useHandle(handle -> handle.createUpdate(
                        "UPDATE api_tokens SET expires_at = :past WHERE kind = 'session'")
                .bind("past", java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusMinutes(1)).execute());

        assertProblem(Http.get(server.uri("/api/me"), "Cookie", cookie), 401);
    }

    @Test
    void bearerTokensNeedNoCsrfToken() {
        String token = token(signup("api-client@example.com", PASSWORD));

        HttpResponse<String> logout = Http.send(Http.request(server.uri("/api/auth/logout"))
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build());

        assertThat(logout.statusCode()).isEqualTo(204);
    }
}
