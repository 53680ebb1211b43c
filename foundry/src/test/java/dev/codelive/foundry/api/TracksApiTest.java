package dev.codelive.foundry.api;

import static dev.codelive.platform.testing.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codelive.audio.PcmAudio;
import dev.codelive.audio.analysis.LoudnessMeter;
import dev.codelive.audio.io.AudioDecoder;
import dev.codelive.foundry.SoundFoundry;
import dev.codelive.foundry.testing.FoundryApi;
import dev.codelive.platform.config.Environment;
import dev.codelive.platform.testing.Http;
import dev.codelive.platform.testing.Json;
import dev.codelive.platform.testing.ServerOnEachDatabase;
import dev.codelive.platform.testing.TestDatabase.Kind;
import dev.codelive.platform.storage.BlobKey;
import dev.codelive.platform.testing.TestServer;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The track API end to end on H2 and PostgreSQL, with the local composer making real audio. */
@ParameterizedClass
@EnumSource(Kind.class)
class TracksApiTest extends ServerOnEachDatabase {
    static final Map<String, String> BUILT_IN_SYNTH = Map.of("SOUNDFONT", "none");
    private FoundryApi alice;

    TracksApiTest(Kind kind) {
        super(kind);
    }

    @Override
    protected void configure(TestServer.Builder builder) {
        builder.module(SoundFoundry.module(new Environment(BUILT_IN_SYNTH)))
                .policy("rate_limits: { track_create: { rate: 100, per: second, burst: 100 } }\n"
                        + "modules: { foundry: { credits: { signup_grant: 100 } } }");
    }

    @BeforeEach
    void user() {
        alice = FoundryApi.signUp(server);
    }

    @Test
    void aPromptBecomesAStoredTrackThroughAQueuedJob() throws Exception {
        JsonNode accepted = alice.order("{\"prompt\":\"ambient electronic track, no vocals\",\"duration_s\":6,\"seed\":42}");
        assertThat(accepted.path("credits_required").asLong()).isEqualTo(6);
        assertThat(accepted.path("status").asText()).isEqualTo("QUEUED");
        String id = accepted.path("track_id").asText();
        assertThat(alice.balance()).as("charged at once").isEqualTo(94);

        JsonNode track = alice.awaitTrack(id, "COMPLETE", Duration.ofSeconds(60));
        assertThat(track.path("provider").asText()).isEqualTo("local");
        assertThat(track.path("seed").asLong()).isEqualTo(42);
        assertThat(track.path("audio").path("seconds").asDouble()).isCloseTo(6.0, org.assertj.core.data.Offset.offset(0.05));
        assertThat(track.path("audio").path("loudness_lufs").asDouble()).isBetween(-15.0, -13.0);
        assertThat(track.path("audio").path("true_peak_dbtp").asDouble()).isLessThanOrEqualTo(-1.0);
        assertThat(track.path("stems")).isNotEmpty();
        assertThat(track.path("provider_attempts").get(0).path("outcome").asText()).isEqualTo("succeeded");

        JsonNode job = alice.job(accepted.path("job_id").asText());
        assertThat(job.path("state").asText()).isEqualTo("COMPLETE");
        assertThat(job.path("progress").asDouble()).isEqualTo(100.0);
        assertThat(job.path("provider").asText()).isEqualTo("local");
        assertThat(job.path("track_id").asText()).isEqualTo(id);

        HttpResponse<byte[]> wav = alice.bytes("/api/tracks/" + id + "/audio");
        assertThat(wav.statusCode()).isEqualTo(200);
        assertThat(wav.headers().firstValue("Content-Type").orElseThrow()).startsWith("audio/wav");
        assertThat(new String(wav.body(), 0, 4)).isEqualTo("RIFF");
        assertThat(wav.headers().firstValue("Content-Length")).hasValue(Integer.toString(wav.body().length));
        HttpResponse<byte[]> flac = alice.bytes("/api/tracks/" + id + "/audio?format=flac");
        assertThat(new String(flac.body(), 0, 4)).isEqualTo("fLaC");
        assertThat(flac.body().length).as("FLAC compresses").isLessThan(wav.body().length);

        PcmAudio decoded = decode(flac.body(), ".flac");
        assertThat(decoded.sampleRate()).isEqualTo(44100);
        assertThat(decoded.frames()).isEqualTo(6 * 44100);
        assertThat(decoded).as("the FLAC copy is lossless").isEqualTo(decode(wav.body(), ".wav"));
        assertThat(new LoudnessMeter().measure(decoded).integratedLufs()).isBetween(-15.0, -13.0);

        HttpResponse<byte[]> part = alice.bytes("/api/tracks/" + id + "/audio", "Range", "bytes=44-1043");
        assertThat(part.statusCode()).isEqualTo(206);
        assertThat(part.body()).isEqualTo(Arrays.copyOfRange(wav.body(), 44, 1044));

        String stem = track.path("stems").get(0).path("name").asText();
        HttpResponse<byte[]> stemAudio = alice.bytes(track.path("stems").get(0).path("url").asText());
        assertThat(stemAudio.statusCode()).as(stem).isEqualTo(200);
        assertThat(new String(stemAudio.body(), 0, 4)).isEqualTo("RIFF");
        assertProblem(alice.get("/api/tracks/" + id + "/stems/nonexistent"), 404);
        assertProblem(alice.get("/api/tracks/" + id + "/audio?format=mp3"), 422);
    }

    @Test
    void theSameIdempotencyKeyMakesOneTrackAndChargesOnceEvenConcurrently() throws Exception {
        String body = "{\"prompt\":\"lofi hip hop\",\"duration_s\":5}";
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<HttpResponse<String>>> calls = java.util.stream.IntStream.range(0, 8)
                    .<Callable<HttpResponse<String>>>mapToObj(i -> () -> alice.create(body, "Idempotency-Key", "order-1")).toList();
            Set<String> tracks = new HashSet<>();
            for (Future<HttpResponse<String>> response : pool.invokeAll(calls)) {
                assertThat(response.get().statusCode()).as(response.get().body()).isEqualTo(202);
                tracks.add(Json.parse(response.get().body()).path("track_id").asText());
            }
            assertThat(tracks).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(alice.balance()).isEqualTo(95);
        assertThat(Json.parse(alice.get("/api/tracks").body()).path("tracks")).hasSize(1);

        HttpResponse<String> replay = alice.create(body, "Idempotency-Key", "order-1");
        assertThat(replay.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertProblem(alice.create("{\"prompt\":\"something else\",\"duration_s\":5}", "Idempotency-Key", "order-1"), 409);
        assertProblem(alice.create(body, "Idempotency-Key", "k".repeat(201)), 422);
    }

    @Test
    void aTrackLargerThanTheBalanceIs402AndChargesNothing() {
        HttpResponse<String> refused = alice.create("{\"prompt\":\"epic cinematic\",\"duration_s\":101}");

        JsonNode problem = assertProblem(refused, 402);
        assertThat(problem.path("detail").asText()).contains("101").contains("100");
        assertThat(alice.balance()).isEqualTo(100);
        assertThat(Json.parse(alice.get("/api/tracks").body()).path("tracks")).isEmpty();
    }

    @Test
    void badRequestsAreRefusedFieldByField() {
        assertProblem(Http.postJson(server.uri("/api/tracks"), "{\"prompt\":\"x\"}"), 401);
        for (String body : List.of("{}", "{\"prompt\":\"  \"}", "{\"prompt\":\"x\",\"duration_s\":4}", "{\"prompt\":\"x\",\"duration_s\":301}",
                "{\"prompt\":\"x\",\"seed\":-1}", "{\"prompt\":\"x\",\"seed\":9007199254740992}", "{\"prompt\":\"x\",\"provider\":\"suno\"}",
                "{\"prompt\":\"x\",\"provider\":\"fal\"}", "{\"prompt\":\"" + "a".repeat(1001) + "\"}", "{\"prompt\":\"a\\u0000b\"}")) {
            assertProblem(alice.create(body), 422);
        }
        assertProblem(alice.create("{\"prompt\":"), 400);
        assertProblem(alice.create("{\"prompt\":\"x\",\"colour\":\"blue\"}"), 422);
        assertThat(alice.create("{\"prompt\":\"" + "a".repeat(20_000) + "\"}").statusCode()).isEqualTo(413);
        assertThat(alice.balance()).as("nothing was charged").isEqualTo(100);
    }

    @Test
    void aUserSeesOnlyTheirOwnTracksNewestFirstPaged() {
        FoundryApi bob = FoundryApi.signUp(server);
        String first = alice.order("{\"prompt\":\"jazz\",\"duration_s\":5}").path("track_id").asText();
        String second = alice.order("{\"prompt\":\"funk\",\"duration_s\":5}").path("track_id").asText();
        String third = alice.order("{\"prompt\":\"rock\",\"duration_s\":5}").path("track_id").asText();

        JsonNode page = Json.parse(alice.get("/api/tracks?limit=2").body());
        assertThat(page.path("tracks").findValuesAsText("id")).containsExactly(third, second);
        JsonNode next = Json.parse(alice.get("/api/tracks?limit=2&cursor=" + page.path("next_cursor").asText()).body());
        assertThat(next.path("tracks").findValuesAsText("id")).containsExactly(first);
        assertThat(next.has("next_cursor")).isFalse();

        assertProblem(bob.get("/api/tracks/" + first), 404);
        assertProblem(bob.get("/api/tracks/" + first + "/audio"), 404);
        assertProblem(bob.delete("/api/tracks/" + first), 404);
        assertThat(Json.parse(bob.get("/api/tracks").body()).path("tracks")).isEmpty();
        assertProblem(alice.get("/api/tracks/not-a-track"), 404);
        assertProblem(alice.get("/api/tracks?cursor=garbage"), 422);
    }

    @Test
    void concurrentFirstRequestsForAFlacCopyEncodeItOnceAndAllGetTheSameBytes() throws Exception {
        String id = alice.order("{\"prompt\":\"lofi hip hop\",\"duration_s\":5}").path("track_id").asText();
        alice.awaitTrack(id, "COMPLETE", Duration.ofSeconds(60));
        Timer encodings = server.platform().metrics().find("foundry.flac.encode.duration").timer();
        long before = encodings == null ? 0 : encodings.count();

        List<byte[]> bodies;
        try (ExecutorService callers = Executors.newFixedThreadPool(8)) {
            List<Future<HttpResponse<byte[]>>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(callers.submit(() -> alice.bytes("/api/tracks/" + id + "/audio?format=flac")));
            }
            bodies = new ArrayList<>();
            for (Future<HttpResponse<byte[]>> answer : answers) {
                assertThat(answer.get().statusCode()).isEqualTo(200);
                bodies.add(answer.get().body());
            }
        }

        assertThat(bodies).allSatisfy(body -> assertThat(body).isEqualTo(bodies.getFirst()));
        assertThat(server.platform().metrics().find("foundry.flac.encode.duration").timer().count() - before)
                .as("encodings of that one copy").isEqualTo(1);
    }

    @Test
    void deletingATrackRemovesItsAudioAndAnUnfinishedOneIsRefunded() {
        String done = alice.order("{\"prompt\":\"calm piano\",\"duration_s\":5}").path("track_id").asText();
        JsonNode track = alice.awaitTrack(done, "COMPLETE", Duration.ofSeconds(60));
        String stem = track.path("stems").get(0).path("name").asText();
        assertThat(alice.bytes("/api/tracks/" + done + "/stems/" + stem + "?format=flac").statusCode()).isEqualTo(200);
        assertThat(server.platform().blobs().exists(BlobKey.of("tracks/" + done + "/stems/" + stem + ".flac"))).isTrue();
        assertThat(alice.delete("/api/tracks/" + done).statusCode()).isEqualTo(204);
        assertProblem(alice.get("/api/tracks/" + done), 404);
        assertThat(server.platform().blobs().exists(BlobKey.of("tracks/" + done + ".wav"))).isFalse();
        assertThat(server.platform().blobs().exists(BlobKey.of("tracks/" + done + "/stems/" + stem + ".flac")))
                .isFalse();
        assertThat(alice.balance()).as("a finished track is not refunded").isEqualTo(95);
    }

    private static PcmAudio decode(byte[] content, String suffix) throws IOException {
        Path file = Files.createTempFile("track", suffix);
        try {
            Files.write(file, content);
            return new AudioDecoder().decode(file);
        } finally {
            Files.delete(file);
        }
    }
}
