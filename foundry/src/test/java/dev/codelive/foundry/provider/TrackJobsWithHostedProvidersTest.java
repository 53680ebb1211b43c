package dev.codelive.foundry.provider;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codelive.foundry.SoundFoundry;
import dev.codelive.foundry.provider.FakeHttpServer.Reply;
import dev.codelive.foundry.testing.FoundryApi;
import dev.codelive.platform.config.Environment;
import dev.codelive.platform.testing.Http;
import dev.codelive.platform.testing.TestServer;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Track jobs whose first provider is a (fake) fal: a refusal fails the track and refunds it; an outage falls back to local. */
class TrackJobsWithHostedProvidersTest {
    private static final String MODEL = "/fal-ai/stable-audio";
    private final FakeHttpServer fal = new FakeHttpServer();
    private TestServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        fal.close();
    }

    private FoundryApi start() {
        Map<String, String> env = new HashMap<>(Map.of("MUSIC_PROVIDER", "fal", "FAL_QUEUE_URL", fal.url(""), "FAL_KEY", "fal-test-key:0123456789",
                "SOUNDFONT", "none"));
        server = TestServer.builder().module(SoundFoundry.module(new Environment(env)))
                .policy("modules: { foundry: { credits: { signup_grant: 50 }, providers: { poll_interval_ms: 20, http_retries: 1, "
                        + "http_retry_backoff_ms: 10 } } }")
                .start();
        return FoundryApi.signUp(server);
    }

    private void submitted(String id) {
        String base = fal.url(MODEL + "/requests/" + id);
        fal.on("POST", MODEL, Reply.json(200, "{\"request_id\":\"" + id + "\",\"status_url\":\"" + base + "/status\",\"response_url\":\""
                        + base + "\",\"cancel_url\":\"" + base + "/cancel\"}"))
                .on("GET", MODEL + "/requests/" + id + "/status", Reply.json(200, "{\"status\":\"COMPLETED\"}"));
    }

    @Test
    void aRefusedPromptFailsTheTrackWithTheProvidersMessageAndRefundsIt() {
        FoundryApi alice = start();
        submitted("r1");
        fal.on("GET", MODEL + "/requests/r1", Reply.json(422, "{\"detail\":[{\"msg\":\"prompt violates the content policy\"}]}"));

        JsonNode order = alice.order("{\"prompt\":\"something the model refuses\",\"duration_s\":10}");
        assertThat(alice.balance()).isEqualTo(40);
        JsonNode track = alice.awaitTrack(order.path("track_id").asText(), "FAILED", Duration.ofSeconds(30));

        assertThat(track.path("problem").path("status").asInt()).isEqualTo(422);
        assertThat(track.path("problem").path("type").asText()).isEqualTo("/problems/prompt-refused");
        assertThat(track.path("problem").path("detail").asText()).contains("content policy");
        assertThat(track.path("refunded").asBoolean()).isTrue();
        assertThat(alice.balance()).as("refunded once").isEqualTo(50);
        JsonNode job = alice.job(order.path("job_id").asText());
        assertThat(job.path("state").asText()).isEqualTo("FAILED");
        assertThat(job.path("attempts").asInt()).as("a refusal is not retried").isEqualTo(1);
        assertThat(job.path("problem").path("status").asInt()).isEqualTo(422);
        assertThat(job.path("provider").asText()).isEqualTo("fal");
        assertThat(fal.received("GET", MODEL + "/requests/r1")).hasSize(1);
        assertThat(Http.get(server.uri("/metrics")).body()).contains("foundry_provider_failures_total{provider=\"fal\"} 1.0")
                .contains("foundry_credits_refunded_total 10.0");
    }

    @Test
    void aFailingProviderFallsBackToTheLocalComposer() {
        FoundryApi alice = start();
        submitted("r2");
        fal.on("GET", MODEL + "/requests/r2", Reply.json(500, "{\"detail\":\"Internal server error\"}"));

        JsonNode order = alice.order("{\"prompt\":\"drum and bass 174 bpm\",\"duration_s\":5}");
        JsonNode track = alice.awaitTrack(order.path("track_id").asText(), "COMPLETE", Duration.ofSeconds(60));

        assertThat(track.path("provider").asText()).isEqualTo("local");
        assertThat(track.path("provider_attempts").findValuesAsText("provider")).containsExactly("fal", "replicate", "local");
        assertThat(track.path("provider_attempts").findValuesAsText("outcome")).containsExactly("fell_back", "skipped", "succeeded");
        assertThat(alice.balance()).isEqualTo(45);
        assertThat(Http.get(server.uri("/metrics")).body()).contains("foundry_provider_fallbacks_total{provider=\"fal\"} 1.0")
                .contains("foundry_render_realtime_factor_count{provider=\"local\"} 1");
    }
}
