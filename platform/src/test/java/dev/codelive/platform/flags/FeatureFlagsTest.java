package dev.codelive.platform.flags;

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
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Feature flags end to end, on H2 and PostgreSQL: evaluation, admin overrides, audit, access and bad input. */
@ParameterizedClass
@EnumSource(Kind.class)
class FeatureFlagsTest extends ServerOnEachDatabase {
    static final String ADMIN = "flags-admin-token-0123456789abcdefghijklmnop";
    static final String UNLIMITED = "{ rate: 1000000, per: second, burst: 1000000 }";

    FeatureFlagsTest(Kind kind) {
        super(kind);
    }

    @Override
    protected void configure(TestServer.Builder builder) {
        builder.env("ADMIN_TOKEN", ADMIN)
                // The same on both databases: with DATABASE_URL set, the profile alone would say production.
                .env("FEATURE_FLAGS_ENVIRONMENT", "embedded")
                .module(platform -> {
                    platform.flags().declare(FlagDefinition.off("beta_mixer", "The new mixer"));
                    platform.flags().declare(FlagDefinition.on("turbo", "Faster rendering"));
                })
                .policy("""
                        rate_limits: { api: %s, login: %s, login_account: %s, signup: %s }
                        features:
                          beta_mixer: { enabled: true, rollout_percentage: 0, user_groups: [beta] }
                        """.formatted(UNLIMITED, UNLIMITED, UNLIMITED, UNLIMITED));
    }

    private JsonNode flags(String token) {
        HttpResponse<String> response = token == null ? Http.get(server.uri("/api/flags"))
                : Http.get(server.uri("/api/flags"), "Authorization", "Bearer " + token);
        assertThat(response.statusCode()).isEqualTo(200);
        return Json.parse(response.body()).path("flags");
    }

    static HttpResponse<String> put(TestServer target, String token, String name, String body) {
        return Http.send(Http.request(target.uri("/api/admin/flags/" + name)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpResponse<String> delete(String token, String name) {
        HttpRequest.Builder request = Http.request(server.uri("/api/admin/flags/" + name)).DELETE();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return Http.send(request.build());
    }

    private JsonNode state(String name) {
        HttpResponse<String> response = Http.get(server.uri("/api/admin/flags/" + name), "Authorization", "Bearer " + ADMIN);
        assertThat(response.statusCode()).isEqualTo(200);
        return Json.parse(response.body());
    }

    private String signup(String email) {
        return Json.parse(Http.postJson(server.uri("/api/auth/signup"), "{\"email\":\"" + email + "\",\"password\":\"correct horse battery\"}")
                .body()).path("token").asText();
    }

    private String userId(String token) {
        return Json.parse(Http.get(server.uri("/api/me"), "Authorization", "Bearer " + token).body()).path("id").asText();
    }

    private JsonNode audit() {
        return Json.parse(Http.get(server.uri("/api/admin/audit?action=flag.changed"), "Authorization", "Bearer " + ADMIN).body()).path("entries");
    }

    @Test
    void anonymousCallersGetTheFlagsAtOneHundredPercent() {
        JsonNode flags = flags(null);

        assertThat(flags.path("turbo").asBoolean()).isTrue();
        assertThat(flags.path("beta_mixer").asBoolean()).as("0 % plus a group: nothing for anonymous callers").isFalse();
        for (String declaredInPolicy : List.of("glitch", "lfo", "midi", "style_seed", "cover_save", "python_execution", "sql_execution")) {
            assertThat(flags.path(declaredInPolicy).asBoolean()).as(declaredInPolicy).isTrue();
        }
    }

    @Test
    void groupMembersGetAFlagThatTheRolloutGivesNobodyElse() {
        String member = signup("member@example.com");
        String other = signup("other@example.com");
        HttpResponse<String> patched = Http.send(Http.request(server.uri("/api/admin/users/" + userId(member)))
                .header("Authorization", "Bearer " + ADMIN).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"groups\":[\"beta\"]}")).build());
        assertThat(patched.statusCode()).isEqualTo(200);

        assertThat(flags(member).path("beta_mixer").asBoolean()).isTrue();
        assertThat(flags(other).path("beta_mixer").asBoolean()).isFalse();
    }

    @Test
    void eachUserLandsOnTheSameSideOfARolloutEveryTime() {
        assertThat(put(server, ADMIN, "beta_mixer", "{\"rollout_percentage\":50}").statusCode()).isEqualTo(200);
        IntStream.range(0, 12).forEach(i -> {
            String token = signup("user" + i + "@example.com");
            boolean on = flags(token).path("beta_mixer").asBoolean();
            assertThat(flags(token).path("beta_mixer").asBoolean()).as("asked again").isEqualTo(on);
            assertThat(on).as("the user's bucket decides").isEqualTo(RolloutBucket.of("beta_mixer", userId(token)) < 50);
        });
    }

    @Test
    void anOverrideChangesOnlyTheFieldsItNamesAndIsAudited() {
        JsonNode declared = state("beta_mixer");
        assertThat(declared.path("sources").toString()).isEqualTo("[\"module\",\"policy\"]");
        assertThat(declared.path("description").asText()).isEqualTo("The new mixer");
        assertThat(declared.path("defaults").toString())
                .isEqualTo("{\"enabled\":true,\"rollout_percentage\":0,\"user_groups\":[\"beta\"],\"environments\":[]}");
        assertThat(declared.path("override").isNull()).isTrue();

        HttpResponse<String> opened = put(server, ADMIN, "beta_mixer", "{\"rollout_percentage\":100}");
        assertThat(opened.statusCode()).isEqualTo(200);
        assertThat(flags(null).path("beta_mixer").asBoolean()).as("visible at once, despite the cache").isTrue();

        JsonNode switchedOff = Json.parse(put(server, ADMIN, "beta_mixer", "{\"enabled\":false}").body());
        assertThat(switchedOff.path("override").toString()).isEqualTo("{\"enabled\":false,\"rollout_percentage\":100}");
        assertThat(switchedOff.path("effective").toString())
                .isEqualTo("{\"enabled\":false,\"rollout_percentage\":100,\"user_groups\":[\"beta\"],\"environments\":[]}");
        assertThat(switchedOff.path("sources").toString()).isEqualTo("[\"module\",\"policy\",\"admin\"]");
        assertThat(flags(null).path("beta_mixer").asBoolean()).isFalse();

        HttpResponse<String> removed = delete(ADMIN, "beta_mixer");
        assertThat(removed.statusCode()).isEqualTo(200);
        assertThat(Json.parse(removed.body()).path("override").isNull()).isTrue();
        assertThat(delete(ADMIN, "beta_mixer").statusCode()).as("nothing left to drop").isEqualTo(200);
        assertThat(state("beta_mixer").path("effective")).isEqualTo(declared.path("defaults"));

        JsonNode entries = audit();
        assertThat(entries).hasSize(3);
        assertThat(entries.get(2).path("target").asText()).isEqualTo("beta_mixer");
        assertThat(entries.get(2).path("actor_id").asText()).isNotBlank();
        assertThat(Json.parse(entries.get(2).path("detail").asText()).toString()).isEqualTo("{\"before\":null,\"after\":{\"rollout_percentage\":100}}");
        assertThat(Json.parse(entries.get(1).path("detail").asText()).toString())
                .isEqualTo("{\"before\":{\"rollout_percentage\":100},\"after\":{\"enabled\":false,\"rollout_percentage\":100}}");
        assertThat(Json.parse(entries.get(0).path("detail").asText()).toString())
                .isEqualTo("{\"before\":{\"enabled\":false,\"rollout_percentage\":100},\"after\":null}");
    }

    @Test
    void theEnvironmentListDecidesWhereAFlagCanBeOn() {
        put(server, ADMIN, "turbo", "{\"environments\":[\"production\",\"staging\"]}");
        assertThat(flags(null).path("turbo").asBoolean()).isFalse();

        put(server, ADMIN, "turbo", "{\"environments\":[]}");
        assertThat(flags(null).path("turbo").asBoolean()).isTrue();

        JsonNode all = Json.parse(Http.get(server.uri("/api/admin/flags"), "Authorization", "Bearer " + ADMIN).body());
        assertThat(all.path("environment").asText()).isEqualTo("embedded");
        assertThat(all.path("flags").findValuesAsText("name")).contains("beta_mixer", "glitch", "turbo").isSorted();
    }

    @Test
    void adminEndpointsNeedAnAdmin() {
        String user = signup("plain@example.com");

        assertProblem(Http.get(server.uri("/api/admin/flags")), 401);
        assertProblem(Http.get(server.uri("/api/admin/flags"), "Authorization", "Bearer " + user), 403);
        assertProblem(Http.get(server.uri("/api/admin/flags/turbo"), "Authorization", "Bearer " + user), 403);
        assertProblem(put(server, user, "turbo", "{\"enabled\":false}"), 403);
        assertProblem(delete(null, "turbo"), 401);
        assertProblem(delete(user, "turbo"), 403);
        assertThat(flags(null).path("turbo").asBoolean()).isTrue();
    }

    @Test
    void badOverridesAreRefusedFieldByFieldAndChangeNothing() {
        assertProblem(put(server, ADMIN, "no_such_flag", "{\"enabled\":true}"), 404);
        assertProblem(Http.get(server.uri("/api/admin/flags/no_such_flag"), "Authorization", "Bearer " + ADMIN), 404);
        assertProblem(delete(ADMIN, "no_such_flag"), 404);
        assertProblem(put(server, ADMIN, "..%2F..%2Fetc", "{\"enabled\":true}"), 404);

        assertProblem(put(server, ADMIN, "turbo", "{}"), 422);
        assertThat(fields(put(server, ADMIN, "turbo", "{\"rollout_percentage\":101}"))).containsExactly("rollout_percentage");
        assertThat(fields(put(server, ADMIN, "turbo", "{\"rollout_percentage\":-1,\"environments\":[\"Prod!\"]}")))
                .containsExactly("rollout_percentage", "environments[0]");
        assertThat(fields(put(server, ADMIN, "turbo", "{\"user_groups\":[\"Beta Testers\",null,\"ok\"]}")))
                .containsExactly("user_groups[0]", "user_groups[1]");
        String tooMany = IntStream.range(0, 21).mapToObj(i -> "\"g" + i + "\"").reduce((a, b) -> a + "," + b).orElseThrow();
        assertThat(fields(put(server, ADMIN, "turbo", "{\"user_groups\":[" + tooMany + "]}"))).containsExactly("user_groups");
        assertThat(fields(put(server, ADMIN, "turbo", "{\"enabled\":\"yes\"}"))).containsExactly("enabled");
        assertThat(fields(put(server, ADMIN, "turbo", "{\"rollout_percentage\":\"50\"}"))).containsExactly("rollout_percentage");
        assertThat(fields(put(server, ADMIN, "turbo", "{\"description\":\"renamed\"}"))).containsExactly("description");
        assertProblem(put(server, ADMIN, "turbo", "{\"enabled\":"), 400);
        assertProblem(Http.send(Http.request(server.uri("/api/admin/flags/turbo")).header("Authorization", "Bearer " + ADMIN)
                .PUT(HttpRequest.BodyPublishers.ofString("enabled=false")).build()), 415);

        assertThat(state("turbo").path("override").isNull()).isTrue();
        assertThat(audit()).isEmpty();
    }

    private static List<String> fields(HttpResponse<String> response) {
        return assertProblem(response, 422).path("errors").findValuesAsText("field");
    }
}
