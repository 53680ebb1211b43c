package dev.codelive.exec.history;

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
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** POST /api/feedback and GET /api/admin/feedback on H2 and PostgreSQL. */
@ParameterizedClass
@EnumSource(Kind.class)
class FeedbackApiTest extends ServerOnEachDatabase {
    private static final Instant START = Instant.parse("2026-11-21T08:00:00Z");

    private String alice;
    private String aliceToken;
    private String adminToken;

    FeedbackApiTest(Kind kind) {
        super(kind);
    }

    @Override
    protected void configure(TestServer.Builder builder) {
        // Each feedback is stamped a second after the one before, so newest-first is a checkable order.
        builder.unthrottled().module(new HistoryModule(new TickingClock(START, Duration.ofSeconds(1))));
    }

    @BeforeEach
    void accounts() {
        var platform = server.platform();
        alice = Runs.user(platform, "alice", Role.USER);
        aliceToken = platform.tokens().issue(alice);
        adminToken = platform.tokens().issue(Runs.user(platform, "admin", Role.ADMIN));
    }

    private HttpResponse<String> post(String body, String token) {
        return token == null ? Http.postJson(server.uri("/api/feedback"), body)
                : Http.postJson(server.uri("/api/feedback"), body, "Authorization", "Bearer " + token);
    }

    private String created(String body, String token) {
        HttpResponse<String> response = post(body, token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        String id = Json.parse(response.body()).path("id").asText();
        assertThat(id).matches("[0-9a-f-]{36}");
        return id;
    }

    private JsonNode adminPage(String query) {
        HttpResponse<String> response = Http.get(server.uri("/api/admin/feedback" + query), "Authorization", "Bearer " + adminToken);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.parse(response.body());
    }

    private List<JsonNode> allFeedback() {
        return StreamSupport.stream(adminPage("?limit=100").path("feedback").spliterator(), false).toList();
    }

    @Test
    void anonymousAndSignedInFeedbackIsStoredAsGiven() {
        String anonymous = created("{\"rating\": 4}", null);
        String signedIn = created("""
                {"rating": 2, "comment": "Go build was slow\\n\\tsecond line — ünïcödé 🎵",
                 "context": {"execution_id": "run-1", "language": "go", "nested": {"list": [1, 2.5, true, null, "x"]}}}""", aliceToken);

        List<JsonNode> stored = allFeedback();

        assertThat(stored).extracting(row -> row.path("id").asText()).containsExactly(signedIn, anonymous);
        JsonNode alices = stored.get(0);
        assertThat(alices.path("user_id").asText()).isEqualTo(alice);
        assertThat(alices.path("rating").asInt()).isEqualTo(2);
        assertThat(alices.path("comment").asText()).isEqualTo("Go build was slow\n\tsecond line — ünïcödé 🎵");
        assertThat(alices.path("context")).isEqualTo(Json.parse(
                "{\"execution_id\": \"run-1\", \"language\": \"go\", \"nested\": {\"list\": [1, 2.5, true, null, \"x\"]}}"));
        assertThat(Instant.parse(alices.path("created_at").asText())).isEqualTo(START.plusSeconds(1));
        JsonNode anonymousRow = stored.get(1);
        assertThat(anonymousRow.path("user_id").isNull()).isTrue();
        assertThat(anonymousRow.path("comment").isNull()).isTrue();
        assertThat(anonymousRow.path("context").isNull()).isTrue();
    }

    @Test
    void theLimitsThemselvesAreAccepted() {
        String comment = "é".repeat(Feedback.MAX_COMMENT);
        // {"k":"…"} is 8 bytes around the value: the whole object is exactly the limit.
        String context = "{\"k\":\"" + "x".repeat(Feedback.MAX_CONTEXT_BYTES - 8) + "\"}";
        created("{\"rating\": 1, \"comment\": \"" + comment + "\", \"context\": " + context + "}", null);
        created("{\"rating\": 5, \"comment\": null, \"context\": null}", null);
        created("{\"rating\": 3, \"comment\": \"   \", \"context\": {}}", null);

        List<JsonNode> stored = allFeedback();
        assertThat(stored.get(2).path("comment").asText()).isEqualTo(comment);
        assertThat(stored.get(2).path("context").path("k").asText()).hasSize(Feedback.MAX_CONTEXT_BYTES - 8);
        assertThat(stored.get(0).path("comment").isNull()).as("a blank comment is no comment").isTrue();
        assertThat(stored.get(0).path("context").isObject()).isTrue();
    }

    @Test
    void everyInvalidFieldIsA422NamingIt() {
        assertInvalid("{}", "rating");
        assertInvalid("{\"rating\": null}", "rating");
        assertInvalid("{\"comment\": \"no rating\"}", "rating");
        for (String rating : List.of("0", "6", "-1", "3.5", "4.0", "\"5\"", "true", "[5]", "{}", "1e2", "99999999999999999999")) {
            assertInvalid("{\"rating\": " + rating + "}", "rating");
        }
        for (String comment : List.of("5", "true", "[\"a\"]", "{}", "\"" + "x".repeat(Feedback.MAX_COMMENT + 1) + "\"",
                "\"nul \\u0000 here\"", "\"bell \\u0007\"", "\"lone \\ud800 surrogate\"", "\"\\udc00\"")) {
            assertInvalid("{\"rating\": 3, \"comment\": " + comment + "}", "comment");
        }
        String tooLarge = "{\"k\":\"" + "x".repeat(Feedback.MAX_CONTEXT_BYTES - 7) + "\"}";
        String tooLargeInUtf8 = "{\"k\":\"" + "é".repeat(Feedback.MAX_CONTEXT_BYTES / 2) + "\"}";
        for (String context : List.of("[]", "\"run-1\"", "7", "true", tooLarge, tooLargeInUtf8, "{\"k\": \"\\ud800\"}",
                "{\"list\": [\"ok\", \"\\ud83d\"]}", "{\"big\": 1e400}")) {
            assertInvalid("{\"rating\": 3, \"context\": " + context + "}", "context");
        }
        assertInvalid("{\"rating\": 3, \"Rating\": 3}", "Rating");
        assertInvalid("{\"rating\": 3, \"execution_id\": \"run-1\"}", "execution_id");
    }

    private void assertInvalid(String body, String field) {
        JsonNode problem = assertProblem(post(body, null), 422);
        assertThat(problem.path("errors").findValuesAsText("field")).as(body.length() > 120 ? body.substring(0, 120) : body)
                .containsExactly(field);
        assertThat(problem.path("errors").get(0).path("message").asText()).isNotBlank();
    }

    @Test
    void oneAnswerListsEveryInvalidField() {
        JsonNode problem = assertProblem(post("{\"rating\": 9, \"comment\": 1, \"context\": [], \"mood\": \"meh\"}", aliceToken), 422);

        assertThat(problem.path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("rating", "comment", "context", "mood");
        assertThat(allFeedback()).isEmpty();
    }

    @Test
    void bodiesThatAreNotAnObjectAreRefused() {
        assertProblem(post("{\"rating\": 3", null), 400);
        assertProblem(post("{\"rating\": 3} {}", null), 400);
        assertProblem(post("", null), 400);
        assertProblem(post("null", null), 400);
        assertProblem(post("[{\"rating\": 3}]", null), 400);
        assertProblem(post("\"rating\"", null), 400);
        assertProblem(post("5", null), 400);
        // The parser itself refuses a lone surrogate in a field name.
        assertProblem(post("{\"rating\": 3, \"context\": {\"\\udfff\": 1}}", null), 400);
        assertProblem(post("{\"rating\": 3, \"context\": {\"a\\ud800\": 1}}", null), 400);
        assertProblem(Http.send(Http.request(server.uri("/api/feedback")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{\"rating\": 3}")).build()), 415);
        String huge = "{\"rating\": 3, \"comment\": \"" + "x".repeat((int) HistoryModule.MAX_FEEDBACK_BODY) + "\"}";
        assertProblem(post(huge, null), 413);
        assertThat(allFeedback()).isEmpty();
    }

    @Test
    void onlyAdminsReadFeedback() {
        created("{\"rating\": 5}", aliceToken);

        assertProblem(Http.get(server.uri("/api/admin/feedback")), 401);
        assertProblem(Http.get(server.uri("/api/admin/feedback"), "Authorization", "Bearer " + aliceToken), 403);
        assertThat(adminPage("").path("feedback")).hasSize(1);
    }

    @Test
    void adminsPageThroughFeedbackNewestFirst() {
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            expected.addFirst(created("{\"rating\": " + i + "}", null));
        }

        List<String> walked = new ArrayList<>();
        String query = "?limit=2";
        int pages = 0;
        while (query != null) {
            JsonNode page = adminPage(query);
            page.path("feedback").forEach(row -> walked.add(row.path("id").asText()));
            pages++;
            JsonNode next = page.path("next_cursor");
            query = next.isNull() ? null : "?limit=2&cursor=" + URLEncoder.encode(next.asText(), StandardCharsets.UTF_8);
        }

        assertThat(walked).containsExactlyElementsOf(expected);
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void badPagingParametersAreA422() {
        for (String query : List.of("?limit=0", "?limit=101", "?limit=x", "?cursor=", "?cursor=bm9wZQ")) {
            JsonNode problem = assertProblem(Http.get(server.uri("/api/admin/feedback" + query), "Authorization", "Bearer " + adminToken), 422);
            assertThat(problem.path("errors").findValuesAsText("field")).as(query).hasSize(1);
        }
    }

    @Test
    void concurrentFeedbackIsAllStored() throws Exception {
        int posts = 40;
        List<Callable<HttpResponse<String>>> senders = new ArrayList<>();
        for (int i = 0; i < posts; i++) {
            String token = i % 2 == 0 ? aliceToken : null;
            String body = "{\"rating\": " + (i % 5 + 1) + ", \"comment\": \"post " + i + "\"}";
            senders.add(() -> post(body, token));
        }
        List<Future<HttpResponse<String>>> sent;
        try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
            sent = pool.invokeAll(senders);
        }

        Set<String> ids = new HashSet<>();
        for (Future<HttpResponse<String>> response : sent) {
            assertThat(response.get().statusCode()).as(response.get().body()).isEqualTo(201);
            ids.add(Json.parse(response.get().body()).path("id").asText());
        }
        List<JsonNode> stored = allFeedback();
        assertThat(ids).hasSize(posts);
        assertThat(stored).extracting(row -> row.path("id").asText()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(stored).extracting(row -> row.path("comment").asText()).doesNotHaveDuplicates();
        assertThat(stored.stream().filter(row -> alice.equals(row.path("user_id").asText(null)))).hasSize(posts / 2);
    }
}
