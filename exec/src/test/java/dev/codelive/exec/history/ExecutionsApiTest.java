package dev.codelive.exec.history;

import dev.codelive.platform.db.paging.PageRequest;
import static dev.codelive.exec.history.Runs.T0;
import static dev.codelive.exec.history.Runs.run;
import static dev.codelive.platform.testing.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codelive.platform.auth.Role;
import dev.codelive.platform.testing.Http;
import dev.codelive.platform.testing.Json;
import dev.codelive.platform.testing.ServerOnEachDatabase;
import dev.codelive.platform.testing.TestDatabase.Kind;
import dev.codelive.platform.testing.TestServer;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** GET /api/executions on H2 and PostgreSQL: a user's own runs, an admin's view of everyone's, paging and bad parameters. */
@ParameterizedClass
@EnumSource(Kind.class)
class ExecutionsApiTest extends ServerOnEachDatabase {
    private ExecutionLog log;
    private String alice;
    private String aliceToken;
    private String bob;
    private String bobToken;
    private String adminToken;

    ExecutionsApiTest(Kind kind) {
        super(kind);
    }

    @Override
    protected void configure(TestServer.Builder builder) {
        builder.unthrottled().module(new HistoryModule());
    }

    @BeforeEach
    void accounts() {
        var platform = server.platform();
        log = new ExecutionLog(platform.database().jdbi(), platform.ownedRows());
        alice = Runs.user(platform, "alice", Role.USER);
        bob = Runs.user(platform, "bob", Role.USER);
        aliceToken = platform.tokens().issue(alice);
        bobToken = platform.tokens().issue(bob);
        adminToken = platform.tokens().issue(Runs.user(platform, "admin", Role.ADMIN));
    }

    private HttpResponse<String> get(String pathAndQuery, String token) {
        return token == null ? Http.get(server.uri(pathAndQuery)) : Http.get(server.uri(pathAndQuery), "Authorization", "Bearer " + token);
    }

    private JsonNode ok(String pathAndQuery, String token) {
        HttpResponse<String> response = get(pathAndQuery, token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.parse(response.body());
    }

    private static List<String> ids(JsonNode page) {
        return StreamSupport.stream(page.path("executions").spliterator(), false).map(run -> run.path("id").asText()).toList();
    }

    @Test
    void signingInIsRequired() {
        assertProblem(get("/api/executions", null), 401);
        assertProblem(get("/api/executions", "cl_not-a-token"), 401);
    }

    @Test
    void aUserListsTheirOwnRunsNewestFirstInSnakeCase() {
        ExecutionRecord older = new ExecutionRecord("run-old", Optional.of(alice), "go", Runs.sha256("package main"), 12, "ok",
                OptionalInt.of(0), OptionalInt.empty(), 7, OptionalInt.of(900), 31, OptionalInt.of(4096), true, Origin.RENDER, T0);
        ExecutionRecord newer = new ExecutionRecord("run-new", Optional.of(alice), "python", Runs.sha256("while True: pass"), 16,
                "timed_out", OptionalInt.empty(), OptionalInt.of(9), 2, OptionalInt.empty(), 5000, OptionalInt.empty(), false, Origin.API,
                T0.plusSeconds(60));
        log.record(older);
        log.record(newer);
        log.record(run(bob, 30));
        log.record(run(null, 40));

        JsonNode page = ok("/api/executions", aliceToken);

        assertThat(ids(page)).containsExactly("run-new", "run-old");
        assertThat(page.path("limit").asInt()).isEqualTo(PageRequest.DEFAULT_LIMIT);
        assertThat(page.has("next_cursor")).isTrue();
        assertThat(page.path("next_cursor").isNull()).isTrue();
        JsonNode full = page.path("executions").get(1);
        assertThat(full.path("user_id").asText()).isEqualTo(alice);
        assertThat(full.path("language").asText()).isEqualTo("go");
        assertThat(full.path("code_sha256").asText()).isEqualTo(older.codeSha256());
        assertThat(full.path("code_bytes").asInt()).isEqualTo(12);
        assertThat(full.path("status").asText()).isEqualTo("ok");
        assertThat(full.path("exit_code").asInt()).isZero();
        assertThat(full.path("queue_ms").asInt()).isEqualTo(7);
        assertThat(full.path("compile_ms").asInt()).isEqualTo(900);
        assertThat(full.path("run_ms").asInt()).isEqualTo(31);
        assertThat(full.path("memory_kb").asInt()).isEqualTo(4096);
        assertThat(full.path("build_cached").asBoolean()).isTrue();
        assertThat(full.path("origin").asText()).isEqualTo("render");
        assertThat(Instant.parse(full.path("created_at").asText())).isEqualTo(T0);
        JsonNode sparse = page.path("executions").get(0);
        assertThat(sparse.path("exit_code").isNull()).isTrue();
        assertThat(sparse.path("signal").asInt()).isEqualTo(9);
        assertThat(sparse.path("compile_ms").isNull()).isTrue();
        assertThat(sparse.path("memory_kb").isNull()).isTrue();
        assertThat(sparse.path("origin").asText()).isEqualTo("api");

        assertThat(ids(ok("/api/executions", bobToken))).hasSize(1).doesNotContain("run-new", "run-old");
    }

    @Test
    void aUsersOwnListCanBeFilteredByLanguageAndStatus() {
        log.record(run(alice, "go", "ok", T0));
        ExecutionRecord failed = run(alice, "go", "compile_error", T0.plusSeconds(1));
        log.record(failed);
        log.record(run(alice, "rust", "compile_error", T0.plusSeconds(2)));
        log.record(run(bob, "go", "compile_error", T0.plusSeconds(3)));

        assertThat(ids(ok("/api/executions?language=go&status=compile_error", aliceToken))).containsExactly(failed.id());
    }

    @Test
    void pagesFollowNextCursorToTheEnd() {
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            ExecutionRecord run = run(alice, i);
            log.record(run);
            expected.addFirst(run.id());
        }

        List<String> walked = new ArrayList<>();
        String query = "/api/executions?limit=3";
        int pages = 0;
        while (query != null) {
            JsonNode page = ok(query, aliceToken);
            assertThat(page.path("limit").asInt()).isEqualTo(3);
            walked.addAll(ids(page));
            pages++;
            JsonNode next = page.path("next_cursor");
            query = next.isNull() ? null : "/api/executions?limit=3&cursor=" + URLEncoder.encode(next.asText(), StandardCharsets.UTF_8);
        }

        assertThat(walked).containsExactlyElementsOf(expected);
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void onlyAdminsListEveryonesRuns() {
        log.record(run(alice, 1));
        log.record(run(bob, 2));
        log.record(run(null, 3));

        JsonNode refused = assertProblem(get("/api/executions?all=true", aliceToken), 403);
        assertThat(refused.path("detail").asText()).contains("admin");
        assertThat(ids(ok("/api/executions?all=true", adminToken))).hasSize(3);
        assertThat(ids(ok("/api/executions?all=false", adminToken))).as("an admin's own runs: none").isEmpty();
        assertThat(ids(ok("/api/executions", adminToken))).isEmpty();
    }

    @Test
    void adminsFilterEveryonesRuns() {
        ExecutionRecord aliceGo = run(alice, "go", "ok", T0);
        ExecutionRecord bobGo = run(bob, "go", "timed_out", T0.plusSeconds(1));
        ExecutionRecord bobRust = run(bob, "rust", "ok", T0.plusSeconds(2));
        ExecutionRecord anonymousGo = run(null, "go", "ok", T0.plusSeconds(3));
        List.of(aliceGo, bobGo, bobRust, anonymousGo).forEach(log::record);

        assertThat(ids(ok("/api/executions?all=true&language=go", adminToken))).containsExactly(anonymousGo.id(), bobGo.id(), aliceGo.id());
        assertThat(ids(ok("/api/executions?all=true&status=ok", adminToken))).containsExactly(anonymousGo.id(), bobRust.id(), aliceGo.id());
        assertThat(ids(ok("/api/executions?all=true&user=" + bob, adminToken))).containsExactly(bobRust.id(), bobGo.id());
        assertThat(ids(ok("/api/executions?all=true&user=" + bob + "&language=go&status=timed_out", adminToken))).containsExactly(bobGo.id());
        JsonNode anonymous = ok("/api/executions?all=true&language=go&status=ok&limit=1", adminToken).path("executions").get(0);
        assertThat(anonymous.path("user_id").isNull()).isTrue();
    }

    @Test
    void everyBadParameterIsA422NamingIt() {
        assertInvalid("/api/executions?limit=0", "limit");
        assertInvalid("/api/executions?limit=101", "limit");
        assertInvalid("/api/executions?limit=ten", "limit");
        assertInvalid("/api/executions?cursor=", "cursor");
        assertInvalid("/api/executions?cursor=not-a-cursor", "cursor");
        assertInvalid("/api/executions?all=yes", "all");
        assertInvalid("/api/executions?language=Python", "language");
        assertInvalid("/api/executions?language=", "language");
        assertInvalid("/api/executions?status=" + "x".repeat(31), "status");
        assertInvalid("/api/executions?user=" + bob, "user");

        JsonNode several = assertProblem(get("/api/executions?limit=-1&cursor=%25&status=OK&language=c%2B%2B", aliceToken), 422);
        assertThat(several.path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("limit", "cursor", "status", "language");
        JsonNode adminOnly = assertProblem(get("/api/executions?all=true&user=a%20b", adminToken), 422);
        assertThat(adminOnly.path("errors").findValuesAsText("field")).containsExactly("user");
    }

    private void assertInvalid(String pathAndQuery, String field) {
        JsonNode problem = assertProblem(get(pathAndQuery, aliceToken), 422);
        assertThat(problem.path("errors").findValuesAsText("field")).as(pathAndQuery).containsExactly(field);
    }

    @Test
    void theEndpointsAreInTheApiReference() {
        JsonNode paths = Json.parse(Http.get(server.uri("/openapi.json")).body()).path("paths");

        assertThat(paths.path("/api/executions").path("get").isObject()).isTrue();
        assertThat(paths.path("/api/feedback").path("post").isObject()).isTrue();
        assertThat(paths.path("/api/admin/feedback").path("get").isObject()).isTrue();
    }
}
