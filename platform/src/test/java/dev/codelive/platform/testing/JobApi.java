package dev.codelive.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/** A signed-in user's view of the job API of one server, for tests: enqueue on the demo module, read, wait, cancel. */
public final class JobApi {
    private final String base;
    private final String token;

    public JobApi(String base, String token) {
        this.base = base;
        this.token = token;
    }

    /** Signs up a fresh user on the server at {@code base} (e.g. {@code http://127.0.0.1:8787}). */
    public static JobApi signUp(String base) {
        String email = "jobs-" + UUID.randomUUID() + "@example.com";
        HttpResponse<String> response = Http.postJson(URI.create(base + "/api/auth/signup"),
                "{\"email\":\"" + email + "\",\"password\":\"correct horse battery\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return new JobApi(base, Json.parse(response.body()).path("token").asText());
    }

    public static JobApi signUp(TestServer server) {
        return signUp("http://127.0.0.1:" + server.port());
    }

    public String token() {
        return token;
    }

    /** Same user, another replica. */
    public JobApi at(TestServer server) {
        return new JobApi("http://127.0.0.1:" + server.port(), token);
    }

    /** {@code POST /test/jobs} with {@code body}; answers the new job's id. */
    public String enqueue(String body) {
        HttpResponse<String> response = post("/test/jobs", body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return Json.parse(response.body()).path("id").asText();
    }

    public HttpResponse<String> get(String path) {
        return Http.get(URI.create(base + path), "Authorization", "Bearer " + token);
    }

    public HttpResponse<String> post(String path, String body) {
        return Http.postJson(URI.create(base + path), body, "Authorization", "Bearer " + token);
    }

    public HttpResponse<String> cancel(String id) {
        return Http.send(Http.request(URI.create(base + "/api/jobs/" + id + "/cancel"))
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    public JsonNode job(String id) {
        HttpResponse<String> response = get("/api/jobs/" + id);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.parse(response.body());
    }

    /** Waits until the job is in {@code state}; answers it then. */
    public JsonNode awaitState(String id, String state, Duration atMost) {
        AtomicReference<JsonNode> last = new AtomicReference<>();
        await().atMost(atMost).pollInterval(Duration.ofMillis(25)).untilAsserted(() -> {
            last.set(job(id));
            assertThat(last.get().path("state").asText()).as("state of job %s: %s", id, last.get()).isEqualTo(state);
        });
        return last.get();
    }

    public JsonNode awaitState(String id, String state) {
        return awaitState(id, state, Duration.ofSeconds(15));
    }
}
