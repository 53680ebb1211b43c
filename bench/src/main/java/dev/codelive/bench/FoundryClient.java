package dev.codelive.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The few SoundFoundry calls the bench makes, as one signed-in user of a server on this machine. */
final class FoundryClient {
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final int SHOWN_CHARS = 500;

    /** What {@code POST /api/tracks} answered. */
    record Order(String trackId, String jobId) {}

    /**
     * What {@code GET /api/jobs/{id}} answered.
     *
     * @param state QUEUED, RENDERING, COMPLETE, FAILED or CANCELLED
     * @param message the job's latest progress message, if it has one
     * @param serverTime from the job's creation to its end by the server's clock, once it has ended
     */
    record JobState(String state, double progress, Optional<String> message, Optional<String> problem, Optional<Duration> serverTime) {
        boolean complete() {
            return state.equals("COMPLETE");
        }

        boolean ended() {
            return complete() || state.equals("FAILED") || state.equals("CANCELLED");
        }

        /** The stage a poll shows: the progress message, or the state while there is none. */
        String label() {
            return message.orElse(state);
        }
    }

    /**
     * What {@code GET /api/tracks/{id}} answered.
     *
     * @param audioSeconds the stored audio's length; empty when it has none
     * @param renderer the local composer's renderer, from the track's details
     */
    record TrackState(String status, Optional<Double> audioSeconds, Optional<String> renderer) {}

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final URI base;
    private final String token;

    private FoundryClient(URI base, String token) {
        this.base = base;
        this.token = token;
    }

    /** Signs up a new user on the server at {@code base} and acts as them. */
    static FoundryClient signUp(URI base) throws IOException, InterruptedException {
        FoundryClient anonymous = new FoundryClient(base, null);
        String id = UUID.randomUUID().toString();
        JsonNode session = anonymous.send(anonymous.post("/api/auth/signup", Map.of("email", "bench-" + id + "@example.com",
                "password", "bench-" + id)), 201);
        return new FoundryClient(base, session.path("token").asText());
    }

    /** Orders a track, under a fresh Idempotency-Key. */
    Order order(String prompt, int durationSeconds, boolean hasVocals, long seed) throws IOException, InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("prompt", prompt);
        body.put("duration_s", durationSeconds);
        body.put("has_vocals", hasVocals);
        body.put("seed", seed);
        JsonNode answer = send(post("/api/tracks", body).header("Idempotency-Key", UUID.randomUUID().toString()), 202);
        return new Order(answer.path("track_id").asText(), answer.path("job_id").asText());
    }

    JobState job(String jobId) throws IOException, InterruptedException {
        JsonNode job = send(get("/api/jobs/" + jobId), 200);
        Optional<String> problem = job.path("problem").isObject() ? Optional.of(job.path("problem").toString()) : Optional.empty();
        Optional<Duration> serverTime = text(job.path("created_at")).flatMap(created -> text(job.path("finished_at"))
                .map(finished -> Duration.between(Instant.parse(created), Instant.parse(finished))));
        return new JobState(job.path("state").asText(), job.path("progress").asDouble(), text(job.path("progress_message")), problem, serverTime);
    }

    TrackState track(String trackId) throws IOException, InterruptedException {
        JsonNode track = send(get("/api/tracks/" + trackId), 200);
        JsonNode seconds = track.path("audio").path("seconds");
        return new TrackState(track.path("status").asText(), seconds.isNumber() ? Optional.of(seconds.asDouble()) : Optional.empty(),
                text(track.path("details").path("renderer")));
    }

    private static Optional<String> text(JsonNode node) {
        return node.isTextual() ? Optional.of(node.asText()) : Optional.empty();
    }

    private HttpRequest.Builder get(String path) {
        return request(path).GET();
    }

    private HttpRequest.Builder post(String path, Map<String, Object> body) throws JsonProcessingException {
        return request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(REQUEST_TIMEOUT);
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    /** Sends the request and reads its JSON answer, which must come with {@code expected}. */
    private JsonNode send(HttpRequest.Builder request, int expected) throws IOException, InterruptedException {
        HttpRequest built = request.build();
        HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            String body = response.body();
            throw new IllegalStateException(built.method() + " " + built.uri().getPath() + " answered " + response.statusCode() + ": "
                    + (body.length() > SHOWN_CHARS ? body.substring(0, SHOWN_CHARS) + " …" : body));
        }
        return json.readTree(response.body());
    }
}
