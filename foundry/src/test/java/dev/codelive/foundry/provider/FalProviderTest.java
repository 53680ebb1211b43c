package dev.codelive.foundry.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codelive.foundry.provider.FakeHttpServer.Reply;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fal client against a local server that speaks fal's queue API. */
class FalProviderTest {
    private static final String KEY = "fal-key-id:0123456789abcdef";
    private static final String SUBMIT = "/fal-ai/stable-audio";
    private static final String REQUEST = "/fal-ai/stable-audio/requests/req-1";
    private static final byte[] AUDIO = TestAudio.wav(250);

    @TempDir
    Path work;

    private final FakeHttpServer queue = new FakeHttpServer();
    private final FakeHttpServer cdn = new FakeHttpServer().on("GET", "/files/out.wav", Reply.bytes(200, "audio/wav", AUDIO));
    private final MusicRequest request = new MusicRequest("track-2", "lofi hip hop", 20, true, 7);

    @AfterEach
    void stopServers() {
        queue.close();
        cdn.close();
    }

    @Test
    void submitsPollsThroughTheQueueAndDownloadsTheAudioFile() throws Exception {
        queue.on("POST", SUBMIT, Reply.json(200, submitted("req-1")))
                .on("GET", REQUEST + "/status",
                        Reply.json(202, "{\"status\":\"IN_QUEUE\",\"queue_position\":2}"),
                        Reply.json(202, "{\"status\":\"IN_PROGRESS\",\"logs\":[]}"),
                        Reply.json(200, "{\"status\":\"COMPLETED\"}"))
                .on("GET", REQUEST, Reply.json(200, "{\"audio_file\":{\"url\":\"" + cdn.url("/files/out.wav") + "\",\"content_type\":\"audio/wav\"}}"));
        TestContext context = new TestContext(work);

        GeneratedMusic music = provider(policy()).generate(request, context);

        assertThat(music.provider()).isEqualTo("fal");
        assertThat(music.audio()).hasFileName("fal-output.wav").hasBinaryContent(AUDIO);
        assertThat(music.details()).containsEntry("request_id", "req-1").containsEntry("model", "fal-ai/stable-audio");
        FakeHttpServer.Received submit = queue.received("POST", SUBMIT).getFirst();
        assertThat(submit.header("Authorization")).isEqualTo("Key " + KEY);
        JsonNode input = ProviderHttp.json().readTree(submit.body());
        assertThat(input.path("prompt").asText()).isEqualTo("lofi hip hop, with vocals");
        assertThat(input.path("seconds_total").asInt()).isEqualTo(20);
        assertThat(input.has("seed")).as("Stable Audio takes no seed by default").isFalse();
        assertThat(queue.received("GET", REQUEST + "/status")).hasSize(3)
                .allSatisfy(poll -> assertThat(poll.header("Authorization")).isEqualTo("Key " + KEY));
        assertThat(queue.received("GET", REQUEST).getFirst().header("Authorization")).isEqualTo("Key " + KEY);
        assertThat(cdn.received().getFirst().header("Authorization")).as("the key stays on the queue's origin").isNull();
        assertThat(context.progress()).extracting(TestContext.Progress::message).contains("fal: in queue (position 2)", "fal: generating");
        assertThat(context.progress()).extracting(TestContext.Progress::fraction).isSorted();
        assertThat(queue.received("PUT", REQUEST + "/cancel")).isEmpty();
    }

    @Test
    void aResultWithAnAudioObjectIsDownloadedAndUnknownStatusesArePolledOn() throws Exception {
        queue.on("POST", SUBMIT, Reply.json(200, submitted("req-1")))
                .on("GET", REQUEST + "/status", Reply.json(202, "{\"status\":\"RESCHEDULED\"}"), Reply.json(200, "{\"status\":\"COMPLETED\"}"))
                .on("GET", REQUEST, Reply.json(200, "{\"audio\":{\"url\":\"" + cdn.url("/files/out.wav") + "\"}}"));

        assertThat(provider(policy()).generate(request, new TestContext(work)).audio()).hasBinaryContent(AUDIO);
        assertThat(queue.received("GET", REQUEST + "/status")).hasSize(2);
    }

    @Test
    void aValidationErrorInTheResultFailsWithTheModelsMessage() {
        queue.on("POST", SUBMIT, Reply.json(200, submitted("req-1")))
                .on("GET", REQUEST + "/status", Reply.json(200, "{\"status\":\"COMPLETED\"}"))
                .on("GET", REQUEST, Reply.json(422,
                        "{\"detail\":[{\"loc\":[\"body\",\"seconds_total\"],\"msg\":\"ensure this value is less than or equal to 47\",\"type\":\"value_error\"}]}"));

        ProviderException failure = failureOf(provider(policy()));

        assertThat(failure.action()).isEqualTo(ProviderException.Action.FAIL);
        assertThat(failure.status()).contains(422);
        assertThat(failure.getMessage()).isEqualTo("seconds_total: ensure this value is less than or equal to 47");
    }

    @Test
    void aContentPolicyViolationFailsWhateverItsStatus() {
        queue.on("POST", SUBMIT, Reply.json(200, submitted("req-1")))
                .on("GET", REQUEST + "/status", Reply.json(200, "{\"status\":\"COMPLETED\"}"))
                .on("GET", REQUEST, Reply.json(400,
                        "{\"detail\":[{\"loc\":[\"body\",\"prompt\"],\"msg\":\"The prompt was flagged by the safety checker\",\"type\":\"content_policy_violation\"}]}"));

        ProviderException failure = failureOf(provider(policy()));

        assertThat(failure.action()).isEqualTo(ProviderException.Action.FAIL);
        assertThat(failure.getMessage()).contains("flagged by the safety checker");
    }

    @Test
    void aServerErrorInTheResultIsRetriedQuicklyThenFallsBack() {
        queue.on("POST", SUBMIT, Reply.json(200, submitted("req-1")))
                .on("GET", REQUEST + "/status", Reply.json(200, "{\"status\":\"COMPLETED\"}"))
                .on("GET", REQUEST, Reply.json(500, "{\"detail\":\"Internal server error\",\"error_type\":\"internal_error\"}"));

        ProviderException failure = failureOf(provider(policy()));

        assertThat(failure.action()).isEqualTo(ProviderException.Action.FALL_BACK);
        assertThat(failure.status()).contains(500);
        assertThat(failure.getMessage()).contains("Internal server error");
        assertThat(queue.received("GET", REQUEST)).hasSize(1 + policy().httpRetries());
        assertThat(queue.received("PUT", REQUEST + "/cancel")).as("the request is over; nothing to cancel").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {401, 403, 404})
    void aRefusedSubmitFallsBack(int status) {
        queue.on("POST", SUBMIT, Reply.json(status, "{\"detail\":\"No access\"}"));

        ProviderException failure = failureOf(provider(policy()));

        assertThat(failure.action()).isEqualTo(ProviderException.Action.FALL_BACK);
        assertThat(failure.status()).contains(status);
    }

    @Test
    void aRateLimitedSubmitAsksForARetryAfterTheBodysRetryAfter() {
        queue.on("POST", SUBMIT, Reply.json(429, "{\"detail\":\"Too many requests\",\"retry_after\":0.25}"));

        ProviderException failure = failureOf(provider(policy()));

        assertThat(failure.action()).isEqualTo(ProviderException.Action.RETRY);
        assertThat(failure.retryAfter()).isEqualTo(Duration.ofMillis(250));
    }

    @Test
    void theDeadlineCancelsTheRequestAndFallsBack() {
        queue.on("POST", SUBMIT, Reply.json(200, submitted("req-1")))
                .on("GET", REQUEST + "/status", Reply.json(202, "{\"status\":\"IN_PROGRESS\"}"))
                .on("PUT", REQUEST + "/cancel", Reply.json(202, "{\"status\":\"CANCELLATION_REQUESTED\"}"));
        ProviderPolicy shortDeadline = new ProviderPolicy(300, 20, 1, 1_000, 2_000, 2, 5, 2, 2_000, 64 * 1024);

        ProviderException failure = failureOf(provider(shortDeadline));

        assertThat(failure.action()).isEqualTo(ProviderException.Action.FALL_BACK);
        assertThat(failure.getMessage()).contains("deadline");
        assertThat(queue.received("PUT", REQUEST + "/cancel")).singleElement()
                .satisfies(cancel -> assertThat(cancel.header("Authorization")).isEqualTo("Key " + KEY));
        assertThat(queue.received("GET", REQUEST)).as("no result is fetched").isEmpty();
    }

    @Test
    void cancellingTheJobCancelsTheRequest() {
        TestContext context = new TestContext(work);
        queue.on("POST", SUBMIT, Reply.json(200, submitted("req-1")))
                .on("GET", REQUEST + "/status", Reply.json(202, "{\"status\":\"IN_QUEUE\",\"queue_position\":5}"))
                .whenCalled("GET", REQUEST + "/status", poll -> context.cancel())
                .on("PUT", REQUEST + "/cancel", Reply.json(202, "{\"status\":\"CANCELLATION_REQUESTED\"}"));

        catchThrowableOfType(TestContext.Cancelled.class, () -> provider(policy()).generate(request, context));

        assertThat(queue.received("PUT", REQUEST + "/cancel")).hasSize(1);
    }

    @Test
    void aResultWithoutAudioFallsBack() {
        queue.on("POST", SUBMIT, Reply.json(200, submitted("req-1")))
                .on("GET", REQUEST + "/status", Reply.json(200, "{\"status\":\"COMPLETED\"}"))
                .on("GET", REQUEST, Reply.json(200, "{\"images\":[]}"));

        ProviderException failure = failureOf(provider(policy()));

        assertThat(failure.action()).isEqualTo(ProviderException.Action.FALL_BACK);
        assertThat(failure.getMessage()).contains("no audio file");
    }

    @Test
    void aSubmitWithoutRequestIdFallsBack() {
        queue.on("POST", SUBMIT, Reply.json(200, "{\"status\":\"IN_QUEUE\"}"));

        assertThat(failureOf(provider(policy())).getMessage()).contains("no request_id");
    }

    @Test
    void aTrackLongerThanTheModelMakesFallsBackWithoutCallingIt() {
        MusicRequest tooLong = new MusicRequest("track-5", "drone", 60, false, 1);

        ProviderException failure = catchThrowableOfType(ProviderException.class, () -> provider(policy()).generate(tooLong, new TestContext(work)));

        assertThat(failure.action()).isEqualTo(ProviderException.Action.FALL_BACK);
        assertThat(failure.getMessage()).isEqualTo("fal-ai/stable-audio makes at most 47 s");
        assertThat(queue.received()).isEmpty();
    }

    @Test
    void withoutAKeyTheProviderIsUnavailable() {
        FalProvider provider = new FalProvider(ProviderSettings.from(Map.of(), policy()).fal(), policy(), ProviderHttp.newClient(policy()));

        assertThat(provider.unavailableReason()).contains("FAL_KEY is not set");
    }

    private ProviderException failureOf(FalProvider provider) {
        return catchThrowableOfType(ProviderException.class, () -> provider.generate(request, new TestContext(work)));
    }

    private FalProvider provider(ProviderPolicy policy) {
        Map<String, String> env = new HashMap<>(Map.of("FAL_QUEUE_URL", queue.url(""), "FAL_KEY", KEY));
        return new FalProvider(ProviderSettings.from(env, policy).fal(), policy, ProviderHttp.newClient(policy));
    }

    private static ProviderPolicy policy() {
        return ReplicateProviderTest.policy();
    }

    private String submitted(String id) {
        String base = queue.url("/fal-ai/stable-audio/requests/" + id);
        return "{\"request_id\":\"" + id + "\",\"status\":\"IN_QUEUE\",\"queue_position\":3,\"response_url\":\"" + base
                + "\",\"status_url\":\"" + base + "/status\",\"cancel_url\":\"" + base + "/cancel\"}";
    }
}
