package dev.codelive.foundry.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codelive.platform.testing.Http;
import dev.codelive.platform.testing.JobApi;
import dev.codelive.platform.testing.Json;
import dev.codelive.platform.testing.TestServer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One signed-in user's view of the track API of a test server. */
public final class FoundryApi {
    private final TestServer server;
    private final String token;

    private FoundryApi(TestServer server, String token) {
        this.server = server;
        this.token = token;
    }

    public static FoundryApi signUp(TestServer server) {
        return new FoundryApi(server, JobApi.signUp(server).token());
    }

    public FoundryApi at(TestServer other) {
        return new FoundryApi(other, token);
    }

    public String token() {
        return token;
    }

    public String userId() {
        return Json.parse(get("/api/me").body()).path("id").asText();
    }

    public HttpResponse<String> create(String body, String... headers) {
        List<String> all = new ArrayList<>(List.of("Authorization", "Bearer " + token));
        all.addAll(List.of(headers));
        return Http.postJson(server.uri("/api/tracks"), body, all.toArray(String[]::new));
    }

    /** Orders a track and answers the 202's body. */
    public JsonNode order(String body) {
        HttpResponse<String> response = create(body, "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return Json.parse(response.body());
    }

    public HttpResponse<String> get(String path, String... headers) {
        List<String> all = new ArrayList<>(List.of("Authorization", "Bearer " + token));
        all.addAll(List.of(headers));
        return Http.get(server.uri(path), all.toArray(String[]::new));
    }

    public HttpResponse<byte[]> bytes(String path, String... headers) {
        HttpRequest.Builder request = Http.request(server.uri(path)).header("Authorization", "Bearer " + token);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return Http.sendForBytes(request.GET().build());
    }

    public HttpResponse<String> delete(String path) {
        return Http.send(Http.request(server.uri(path)).header("Authorization", "Bearer " + token).DELETE().build());
    }

    public JsonNode track(String id) {
        HttpResponse<String> response = get("/api/tracks/" + id);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.parse(response.body());
    }

    public JsonNode job(String id) {
        HttpResponse<String> response = get("/api/jobs/" + id);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.parse(response.body());
    }

    public long balance() {
        return Json.parse(get("/api/credits").body()).path("balance").asLong();
    }

    /** Waits until the track's status is {@code status} (failing early if it ends otherwise). */
    public JsonNode awaitTrack(String id, String status, Duration atMost) {
        return await().atMost(atMost).pollInterval(Duration.ofMillis(200)).until(() -> track(id), track -> {
            String now = track.path("status").asText();
            if (!now.equals(status) && (now.equals("COMPLETE") || now.equals("FAILED"))) {
                throw new AssertionError("track ended " + now + " instead of " + status + ": " + track);
            }
            return now.equals(status);
        });
    }
}
