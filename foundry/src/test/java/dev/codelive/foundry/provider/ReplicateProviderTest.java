package dev.codelive.foundry.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codelive.foundry.provider.FakeHttpServer.Reply;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Replicate client against a local server that speaks the predictions API. */
class ReplicateProviderTest {
    private static final String TOKEN = "r8_Secret0123456789abcdef";
    private static final String CREATE = "/v1/models/meta/musicgen/predictions";
    private static final byte[] AUDIO = TestAudio.wav(250);

    @TempDir
    Path work;

    private final FakeHttpServer api = new FakeHttpServer();
    private final FakeHttpServer cdn = new FakeHttpServer().on("GET", "/out.wav", Reply.bytes(200, "audio/wav", AUDIO));
    private final MusicRequest request = new MusicRequest("track-1", "ambient electronic, slow", 29.5, false, 42);

    @AfterEach
    void stopServers() {
        api.close();
        cdn.close();
    }

    @Test
    void answeredAtOnceUnderPreferWaitTheOutputIsDownloadedWithoutPolling() throws Exception {
        api.on("POST", CREATE, Reply.json(201, prediction("p1", "succeeded", quoted(cdn.url("/out.wav")), "null")));

        GeneratedMusic music = provider(policy()).generate(request, context());

        assertThat(music.provider()).isEqualTo("replicate");
        assertThat(music.audio()).hasFileName("replicate-output.wav").hasBinaryContent(AUDIO);
        assertThat(music.details()).containsEntry("prediction_id", "p1").containsEntry("model", "meta/musicgen");
        FakeHttpServer.Received create = api.received("POST", CREATE).getFirst();
        assertThat(create.header("Authorization")).isEqualTo("Bearer " + TOKEN);
        assertThat(create.header("Prefer")).isEqualTo("wait=1");
        JsonNode input = ProviderHttp.json().readTree(create.body()).path("input");
        assertThat(input.path("prompt").asText()).startsWith("ambient electronic, slow").contains("no vocals");
        assertThat(input.path("duration").asInt()).isEqualTo(30);
        assertThat(input.path("seed").asLong()).isEqualTo(42);
        assertThat(api.received()).hasSize(1);
        assertThat(cdn.received().getFirst().header("Authorization")).as("the token stays on Replicate's origin").isNull();
    }

    @Test
    void aConfiguredVersionIsCreatedThroughPredictionsWithTheVersionField() throws Exception {
        api.on("POST", "/v1/predictions", Reply.json(201, prediction("p2", "succeeded", quoted(cdn.url("/out.wav")), "null")));

        provider(policy(), Map.of("REPLICATE_VERSION", "abc123def456")).generate(request, context());

        JsonNode body = ProviderHttp.json().readTree(api.received("POST", "/v1/predictions").getFirst().body());
        assertThat(body.path("version").asText()).isEqualTo("abc123def456");
        assertThat(body.path("input").path("prompt").isTextual()).isTrue();
    }

    @Test
    void pollsThroughStartingAndProcessingUntilSucceeded() throws Exception {
        api.on("POST", CREATE, Reply.json(201, prediction("p3", "starting", "null", "null")))
                .on("GET", "/v1/predictions/p3",
                        Reply.json(200, prediction("p3", "processing", "null", "null")),
                        Reply.json(200, prediction("p3", "processing", "null", "null")),
                        Reply.json(200, prediction("p3", "succeeded", "[" + quoted(cdn.url("/out.wav")) + "]", "null")));
        TestContext context = context();

        GeneratedMusic music = provider(policy()).generate(request, context);

        assertThat(music.audio()).hasBinaryContent(AUDIO);
        assertThat(api.received("GET", "/v1/predictions/p3")).hasSize(3)
                .allSatisfy(poll -> assertThat(poll.header("Authorization")).isEqualTo("Bearer " + TOKEN));
        assertThat(context.progress()).extracting(TestContext.Progress::message).contains("replicate: starting", "replicate: processing");
        assertThat(context.progress()).extracting(TestContext.Progress::fraction).isSorted().last().isEqualTo(1.0);
        assertThat(api.received("POST", "/v1/predictions/p3/cancel")).isEmpty();
    }

    @Test
    void anUnknownStatusIsToleratedAndPolledOn() throws Exception {
        api.on("POST", CREATE, Reply.json(201, prediction("p4", "queued_for_gpu", "null", "null")))
                .on("GET", "/v1/predictions/p4",
                        Reply.json(200, prediction("p4", "warming_up", "null", "null")),
                        Reply.json(200, prediction("p4", "succeeded", quoted(cdn.url("/out.wav")), "null")));

        assertThat(provider(policy()).generate(request, context()).audio()).hasBinaryContent(AUDIO);
        assertThat(api.received("GET", "/v1/predictions/p4")).hasSize(2);
    }

    @Test
    void aFailedPredictionFallsBackWithItsError() {
        api.on("POST", CREATE, Reply.json(201, prediction("p5", "failed", "null", "\"CUDA out of memory\"")));

        ProviderException failure = failureOf(provider(policy()));

        assertThat(failure.action()).isEqualTo(ProviderException.Action.FALL_BACK);
        assertThat(failure.getMessage()).contains("CUDA out of memory");
    }

    @ParameterizedTest
    @ValueSource(strings = {"canceled", "aborted"})
    void aCanceledOrAbortedPredictionFallsBack(String status) {
        api.on("POST", CREATE, Reply.json(201, prediction("p6", "starting", "null", "null")))
                .on("GET", "/v1/predictions/p6", Reply.json(200, prediction("p6", status, "null", "null")));

        ProviderException failure = failureOf(provider(policy()));

        assertThat(failure.action()).isEqualTo(ProviderException.Action.FALL_BACK);
        assertThat(failure.getMessage()).contains(status);
        assertThat(api.received("POST", "/v1/predictions/p6/cancel")).as("nothing left to cancel").isEmpty();
    }

    @Test
    void aContentRefusalFailsTheJobInsteadOfFallingBack() {
        api.on("POST", CREATE, Reply.json(201, prediction("p7", "failed", "null",
                "\"E005: The input or output was flagged as sensitive. Please try again with different inputs.\"")));

        ProviderException failure = failureOf(provider(policy()));

        assertThat(failure.action()).isEqualTo(ProviderException.Action.FAIL);
        assertThat(failure.getMessage()).contains("flagged as sensitive");
    }

    @ParameterizedTest
    @ValueSource(ints = {401, 402, 403, 404})
    void authPaymentAndNotFoundFallBack(int status) {
        api.on("POST", CREATE, Reply.json(status, "{\"title\":\"Nope\",\"detail\":\"refused with " + status + "\",\"status\":" + status + "}"));

        ProviderException failure = failureOf(provider(policy()));

        assertThat(failure.action()).isEqualTo(ProviderException.Action.FALL_BACK);
        assertThat(failure.status()).contains(status);
        assertThat(failure.getMessage()).contains("refused with " + status);
        assertThat(api.received()).hasSize(1);
    }

    @Test
    void invalidInputFailsWithTheProvidersMessage() {
        api.on("POST", CREATE, Reply.json(422,
                "{\"title\":\"Input validation failed\",\"detail\":\"- input.duration: Must be less than or equal to 30\",\"status\":422}"));

        ProviderException failure = failureOf(provider(policy()));

        assertThat(failure.action()).isEqualTo(ProviderException.Action.FAIL);
        assertThat(failure.status()).contains(422);
        assertThat(failure.getMessage()).isEqualTo("Input validation failed: - input.duration: Must be less than or equal to 30");
    }

    @Test
    void rateLimitedCreateAsksForARetryAfterTheRetryAfterHeader() {
        api.on("POST", CREATE, Reply.json(429, "{\"detail\":\"Request was throttled.\",\"status\":429}", "Retry-After", "7"));

        ProviderException failure = failureOf(provider(policy()));

        assertThat(failure.action()).isEqualTo(ProviderException.Action.RETRY);
        assertThat(failure.retryAfter()).isEqualTo(Duration.ofSeconds(7));
        assertThat(failure.status()).contains(429);
    }

    @Test
    void rateLimitedCreateWithoutHeaderUsesTheThrottleMessage() {
        api.on("POST", CREATE, Reply.json(429, "{\"detail\":\"Request was throttled. Expected available in 3 seconds.\",\"status\":429}"));

        assertThat(failureOf(provider(policy())).retryAfter()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void aServerErrorOnCreateIsNotRepeatedSinceThePredictionMayExist() {
        api.on("POST", CREATE, Reply.json(500, "{\"detail\":\"internal error\"}"));

        ProviderException failure = failureOf(provider(policy()));

        assertThat(failure.action()).isEqualTo(ProviderException.Action.FALL_BACK);
        assertThat(failure.status()).contains(500);
        assertThat(api.received("POST", CREATE)).hasSize(1);
    }

    @Test
    void unavailableOnCreateIsRetriedQuicklyThenFallsBack() {
        api.on("POST", CREATE, Reply.json(503, "{\"detail\":\"overloaded\"}"));

        ProviderException failure = failureOf(provider(policy()));

        assertThat(failure.action()).isEqualTo(ProviderException.Action.FALL_BACK);
        assertThat(failure.status()).contains(503);
        assertThat(api.received("POST", CREATE)).hasSize(1 + policy().httpRetries());
    }

    @Test
    void serverErrorsWhilePollingAreRetriedQuickly() throws Exception {
        api.on("POST", CREATE, Reply.json(201, prediction("p8", "starting", "null", "null")))
                .on("GET", "/v1/predictions/p8",
                        Reply.json(502, "{\"detail\":\"bad gateway\"}"),
                        Reply.json(500, "{\"detail\":\"oops\"}"),
                        Reply.json(200, prediction("p8", "succeeded", quoted(cdn.url("/out.wav")), "null")));

        assertThat(provider(policy()).generate(request, context()).audio()).hasBinaryContent(AUDIO);
        assertThat(api.received("GET", "/v1/predictions/p8")).hasSize(3);
    }

    @Test
    void persistentServerErrorsWhilePollingFallBackAndCancelThePrediction() {
        api.on("POST", CREATE, Reply.json(201, prediction("p9", "starting", "null", "null")))
                .on("GET", "/v1/predictions/p9", Reply.json(500, "{\"detail\":\"down\"}"))
                .on("POST", "/v1/predictions/p9/cancel", Reply.json(200, prediction("p9", "canceled", "null", "null")));

        ProviderException failure = failureOf(provider(policy()));

        assertThat(failure.action()).isEqualTo(ProviderException.Action.FALL_BACK);
        assertThat(failure.status()).contains(500);
        assertThat(api.received("GET", "/v1/predictions/p9")).hasSize(1 + policy().httpRetries());
        assertThat(api.received("POST", "/v1/predictions/p9/cancel")).hasSize(1);
    }

    @Test
    void aRefusedConnectionAsksForARetry() {
        ReplicateProvider provider = provider(policy(), Map.of("REPLICATE_BASE_URL", FakeHttpServer.closedPortUrl() + "/v1"));

        ProviderException failure = failureOf(provider);

        assertThat(failure.action()).isEqualTo(ProviderException.Action.RETRY);
        assertThat(failure.getMessage()).contains("network error");
    }

    @Test
    void theDeadlineCancelsThePredictionAndFallsBack() {
        api.on("POST", CREATE, Reply.json(201, prediction("p10", "starting", "null", "null")))
                .on("GET", "/v1/predictions/p10", Reply.json(200, prediction("p10", "processing", "null", "null")))
                .on("POST", "/v1/predictions/p10/cancel", Reply.json(200, prediction("p10", "canceled", "null", "null")));
        ProviderPolicy shortDeadline = new ProviderPolicy(300, 20, 1, 1_000, 2_000, 2, 5, 2, 2_000, 64 * 1024);

        ProviderException failure = failureOf(provider(shortDeadline));

        assertThat(failure.action()).isEqualTo(ProviderException.Action.FALL_BACK);
        assertThat(failure.getMessage()).contains("deadline");
        assertThat(api.received("GET", "/v1/predictions/p10")).isNotEmpty();
        FakeHttpServer.Received cancel = api.received("POST", "/v1/predictions/p10/cancel").getFirst();
        assertThat(cancel.header("Authorization")).isEqualTo("Bearer " + TOKEN);
    }

    @Test
    void cancellingTheJobCancelsThePrediction() {
        TestContext context = context();
        api.on("POST", CREATE, Reply.json(201, prediction("p11", "starting", "null", "null")))
                .on("GET", "/v1/predictions/p11", Reply.json(200, prediction("p11", "processing", "null", "null")))
                .whenCalled("GET", "/v1/predictions/p11", poll -> context.cancel())
                .on("POST", "/v1/predictions/p11/cancel", Reply.json(200, prediction("p11", "canceled", "null", "null")));

        catchThrowableOfType(TestContext.Cancelled.class, () -> provider(policy()).generate(request, context));

        assertThat(api.received("POST", "/v1/predictions/p11/cancel")).hasSize(1);
    }

    @Test
    void anExpiredOutputFallsBack() {
        api.on("POST", CREATE, Reply.json(201, prediction("p12", "succeeded", quoted(cdn.url("/gone.wav")), "null")));

        ProviderException failure = failureOf(provider(policy()));

        assertThat(failure.action()).isEqualTo(ProviderException.Action.FALL_BACK);
        assertThat(failure.getMessage()).contains("gone");
        assertThat(failure.status()).contains(404);
    }

    @Test
    void anOutputOverTheSizeLimitIsRefusedWhetherItsLengthIsAnnouncedOrNot() throws Exception {
        byte[] large = TestAudio.wav(5_000);
        cdn.on("GET", "/large.wav", Reply.bytes(200, "audio/wav", large)).on("GET", "/streamed.wav", Reply.chunked("audio/wav", large));
        for (String path : new String[] {"/large.wav", "/streamed.wav"}) {
            api.on("POST", CREATE, Reply.json(201, prediction("p13", "succeeded", quoted(cdn.url(path)), "null")));

            ProviderException failure = failureOf(provider(policy()));

            assertThat(failure.action()).isEqualTo(ProviderException.Action.FALL_BACK);
            assertThat(failure.getMessage()).contains("larger than the limit");
        }
        try (var files = Files.list(work)) {
            assertThat(files).as("no partial download is left").isEmpty();
        }
    }

    @Test
    void anOutputThatIsNotAudioIsRefused() {
        cdn.on("GET", "/page", Reply.bytes(200, "text/html", "<html>expired</html>".getBytes()))
                .on("GET", "/blob", Reply.bytes(200, "application/octet-stream", "{\"not\":\"audio\"}".getBytes()));
        for (String path : new String[] {"/page", "/blob"}) {
            api.on("POST", CREATE, Reply.json(201, prediction("p14", "succeeded", quoted(cdn.url(path)), "null")));

            ProviderException failure = failureOf(provider(policy()));

            assertThat(failure.action()).isEqualTo(ProviderException.Action.FALL_BACK);
            assertThat(failure.getMessage()).contains("not audio");
        }
    }

    @Test
    void aDataUrlOutputIsDecoded() throws Exception {
        String dataUrl = "data:audio/wav;base64," + Base64.getEncoder().encodeToString(AUDIO);
        api.on("POST", CREATE, Reply.json(201, prediction("p15", "succeeded", quoted(dataUrl), "null")));

        assertThat(provider(policy()).generate(request, context()).audio()).hasBinaryContent(AUDIO);
    }

    @Test
    void aSucceededPredictionWithoutOutputFallsBack() {
        api.on("POST", CREATE, Reply.json(201, prediction("p16", "succeeded", "null", "null")));

        assertThat(failureOf(provider(policy())).getMessage()).contains("without an output");
    }

    @Test
    void aPollingUrlOnAnotherOriginNeverReceivesTheToken() throws Exception {
        try (FakeHttpServer elsewhere = new FakeHttpServer()) {
            elsewhere.on("GET", "/steal", Reply.json(200, prediction("p17", "succeeded", quoted(cdn.url("/out.wav")), "null")));
            api.on("POST", CREATE, Reply.json(201, "{\"id\":\"p17\",\"status\":\"starting\",\"urls\":{\"get\":\"" + elsewhere.url("/steal")
                            + "\",\"cancel\":\"" + elsewhere.url("/steal/cancel") + "\"}}"))
                    .on("GET", "/v1/predictions/p17", Reply.json(200, prediction("p17", "succeeded", quoted(cdn.url("/out.wav")), "null")));

            provider(policy()).generate(request, context());

            assertThat(elsewhere.received()).isEmpty();
            assertThat(api.received("GET", "/v1/predictions/p17")).hasSize(1);
        }
    }

    @Test
    void theTokenNeverAppearsInAFailureMessage() {
        api.on("POST", CREATE, Reply.json(401, "{\"detail\":\"Invalid token " + TOKEN + " (Bearer " + TOKEN + ")\",\"status\":401}"));

        ProviderException failure = failureOf(provider(policy()));

        assertThat(failure.getMessage()).doesNotContain(TOKEN).contains("[redacted]");
    }

    @Test
    void aTrackLongerThanTheConfiguredMaximumFallsBackWithoutCallingTheApi() {
        ProviderException failure = failureOf(provider(policy(), Map.of("REPLICATE_MAX_DURATION_S", "20")));

        assertThat(failure.action()).isEqualTo(ProviderException.Action.FALL_BACK);
        assertThat(failure.getMessage()).isEqualTo("meta/musicgen makes at most 20 s");
        assertThat(api.received()).isEmpty();
    }

    @Test
    void withoutATokenTheProviderIsUnavailable() {
        ReplicateProvider provider = new ReplicateProvider(ProviderSettings.from(Map.of(), policy()).replicate(), policy(), client());

        assertThat(provider.unavailableReason()).contains("REPLICATE_API_TOKEN is not set");
        assertThat(failureOf(provider).action()).isEqualTo(ProviderException.Action.FALL_BACK);
    }

    private ProviderException failureOf(ReplicateProvider provider) {
        return catchThrowableOfType(ProviderException.class, () -> provider.generate(request, context()));
    }

    private TestContext context() {
        return new TestContext(work);
    }

    private ReplicateProvider provider(ProviderPolicy policy) {
        return provider(policy, Map.of());
    }

    private ReplicateProvider provider(ProviderPolicy policy, Map<String, String> extra) {
        Map<String, String> env = new HashMap<>(Map.of("REPLICATE_BASE_URL", api.url("/v1"), "REPLICATE_API_TOKEN", TOKEN));
        env.putAll(extra);
        return new ReplicateProvider(ProviderSettings.from(env, policy).replicate(), policy, client());
    }

    private static HttpClient client() {
        return ProviderHttp.newClient(policy());
    }

    /** Short timeouts and polls, three quick tries, a 64 KiB download limit. */
    static ProviderPolicy policy() {
        return new ProviderPolicy(5_000, 10, 1, 1_000, 2_000, 2, 5, 2, 2_000, 64 * 1024);
    }

    private String prediction(String id, String status, String outputJson, String errorJson) {
        return "{\"id\":\"" + id + "\",\"status\":\"" + status + "\",\"output\":" + outputJson + ",\"error\":" + errorJson
                + ",\"urls\":{\"get\":\"" + api.url("/v1/predictions/" + id) + "\",\"cancel\":\"" + api.url("/v1/predictions/" + id + "/cancel") + "\"}}";
    }

    private static String quoted(String text) {
        return "\"" + text + "\"";
    }
}
