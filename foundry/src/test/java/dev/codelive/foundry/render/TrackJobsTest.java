package dev.codelive.foundry.render;

import static dev.codelive.platform.testing.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codelive.foundry.SoundFoundry;
import dev.codelive.foundry.testing.FoundryApi;
import dev.codelive.platform.config.Environment;
import dev.codelive.platform.testing.Http;
import dev.codelive.platform.testing.Json;
import dev.codelive.platform.testing.TestS3;
import dev.codelive.platform.testing.TestServer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Track jobs against the things that go wrong around them: restarts, lost enqueues, cancels, quotas; and S3 storage. */
class TrackJobsTest {
    private static final Environment BUILT_IN_SYNTH = new Environment(Map.of("SOUNDFONT", "none"));
    private static final String ADMIN = "foundry-admin-token-0123456789abcdefghij";

    @Test
    void aRestartMidRenderHandsTheJobBackAndTheNextServerFinishesIt() throws Exception {
        Path data = Files.createTempDirectory("foundry-restart");
        TestServer first = server(data, "");
        FoundryApi alice = FoundryApi.signUp(first);
        JsonNode order = alice.order("{\"prompt\":\"slow ambient pads\",\"duration_s\":300}");
        String job = order.path("job_id").asText();
        await().atMost(Duration.ofSeconds(30)).until(() -> alice.job(job).path("state").asText().equals("RENDERING"));
        first.close();
        java.time.Instant restarted = java.time.Instant.now();

        try (TestServer second = server(data, "")) {
            FoundryApi again = alice.at(second);
            JsonNode track = again.awaitTrack(order.path("track_id").asText(), "COMPLETE", Duration.ofSeconds(180));
            assertThat(track.path("audio").path("seconds").asDouble()).isEqualTo(300.0);
            assertThat(java.time.Instant.parse(again.job(job).path("started_at").asText())).as("run again after the restart")
                    .isAfter(restarted);
            assertThat(again.balance()).as("charged once").isEqualTo(600 - 300);
        }
    }

    @Test
    void theSweeperQueuesATrackWhoseEnqueueWasLostAndRefundsOneWhoseJobWasCancelled() throws Exception {
        try (TestServer server = server(Files.createTempDirectory("foundry-sweep"),
                "jobs: { concurrency: { foundry.tracks: 0 } }\nmodules: { foundry: { sweep_interval_seconds: 1 } }")) {
            FoundryApi alice = FoundryApi.signUp(server);
            JsonNode lost = alice.order("{\"prompt\":\"techno\",\"duration_s\":5}");
            String lostId = lost.path("track_id").asText();
            server.platform().database().jdbi().useHandle(handle ->
                    handle.execute("UPDATE tracks SET job_id = NULL WHERE id = ?", lostId));
            await().atMost(Duration.ofSeconds(10)).until(() -> alice.track(lostId).path("job_id").asText().equals(lost.path("job_id").asText()));

            JsonNode cancelled = alice.order("{\"prompt\":\"house\",\"duration_s\":7}");
            assertThat(alice.balance()).isEqualTo(600 - 12);
            HttpResponse<String> cancel = Http.send(Http.request(server.uri("/api/jobs/" + cancelled.path("job_id").asText() + "/cancel"))
                    .header("Authorization", "Bearer " + alice.token()).POST(HttpRequest.BodyPublishers.noBody()).build());
            assertThat(cancel.statusCode()).isEqualTo(200);
            JsonNode track = alice.awaitTrack(cancelled.path("track_id").asText(), "FAILED", Duration.ofSeconds(10));
            assertThat(track.path("problem").path("type").asText()).isEqualTo("/problems/track-cancelled");
            assertThat(track.path("refunded").asBoolean()).isTrue();
            assertThat(alice.balance()).isEqualTo(600 - 5);
            assertThat(alice.track(lostId).path("status").asText()).as("the other track is untouched").isEqualTo("QUEUED");
        }
    }

    @Test
    void theFreePlanMayOrderFiveTracksAMinuteAndProTwenty() throws Exception {
        try (TestServer server = server(Files.createTempDirectory("foundry-quota"), "jobs: { concurrency: { foundry.tracks: 0 } }")) {
            FoundryApi free = FoundryApi.signUp(server);
            for (int i = 0; i < 5; i++) {
                assertThat(free.create("{\"prompt\":\"pop\",\"duration_s\":5}").statusCode()).isEqualTo(202);
            }
            HttpResponse<String> refused = free.create("{\"prompt\":\"pop\",\"duration_s\":5}");
            assertProblem(refused, 429);
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
            assertThat(free.balance()).isEqualTo(600 - 25);

            FoundryApi pro = FoundryApi.signUp(server);
            HttpResponse<String> upgraded = Http.send(Http.request(server.uri("/api/admin/users/" + pro.userId()))
                    .header("Authorization", "Bearer " + ADMIN).header("Content-Type", "application/json")
                    .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"plan\":\"pro\"}")).build());
            assertThat(upgraded.statusCode()).isEqualTo(200);
            HttpResponse<String> accepted = pro.create("{\"prompt\":\"pop\",\"duration_s\":5}");
            assertThat(accepted.statusCode()).isEqualTo(202);
            assertThat(accepted.headers().firstValue("RateLimit-Limit")).hasValue("20");
        }
    }

    @Test
    void tracksAreStoredInS3Unchanged() throws Exception {
        try (TestS3 s3 = TestS3.start()) {
            String bucket = s3.newBucket();
            try (TestServer server = TestServer.builder().env(s3.env(bucket)).env("ADMIN_TOKEN", ADMIN)
                    .module(SoundFoundry.module(BUILT_IN_SYNTH)).start()) {
                FoundryApi alice = FoundryApi.signUp(server);
                String id = alice.order("{\"prompt\":\"folk guitar\",\"duration_s\":5}").path("track_id").asText();
                JsonNode track = alice.awaitTrack(id, "COMPLETE", Duration.ofSeconds(60));

                assertThat(s3.rawKeys(bucket)).contains("tracks/" + id + ".wav").doesNotContain("tracks/" + id + ".flac");
                HttpResponse<byte[]> tail = alice.bytes("/api/tracks/" + id + "/audio?format=flac", "Range", "bytes=-100");
                assertThat(tail.statusCode()).isEqualTo(206);
                assertThat(tail.body()).hasSize(100);
                assertThat(s3.rawKeys(bucket)).as("the FLAC copy, made on that first request").contains("tracks/" + id + ".flac");
                assertThat(Json.parse(alice.get("/api/tracks/" + id).body()).path("stems").size()).isEqualTo(track.path("stems").size());
            }
        }
    }

    private static TestServer server(Path data, String policy) {
        return TestServer.builder().env("DATA_DIR", data.toString()).env("ADMIN_TOKEN", ADMIN).env("SHUTDOWN_DRAIN_SECONDS", "0")
                .module(SoundFoundry.module(BUILT_IN_SYNTH)).policy(policy.isEmpty() ? "{}" : policy).start();
    }
}
