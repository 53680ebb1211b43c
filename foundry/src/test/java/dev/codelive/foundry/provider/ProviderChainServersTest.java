package dev.codelive.foundry.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.codelive.foundry.provider.Attempt.Outcome;
import dev.codelive.foundry.provider.FakeHttpServer.Reply;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chain with the real Replicate and fal clients against local fake servers, and a stand-in local provider. */
class ProviderChainServersTest {
    private static final String CREATE = "/v1/models/meta/musicgen/predictions";
    private static final byte[] AUDIO = TestAudio.wav(200);
    private static final ProviderPolicy POLICY = new ProviderPolicy(5_000, 10, 1, 1_000, 2_000, 2, 5, 2, 2_000, 64 * 1024);

    @TempDir
    Path work;

    private final FakeHttpServer replicateApi = new FakeHttpServer();
    private final FakeHttpServer falQueue = new FakeHttpServer();
    private final FakeHttpServer cdn = new FakeHttpServer().on("GET", "/out.wav", Reply.bytes(200, "audio/wav", AUDIO));
    private final ScriptedProvider local = new ScriptedProvider("local", ScriptedProvider.succeeds());
    private final MusicRequest request = new MusicRequest("track-4", "epic orchestral", 15, false, 3);

    @AfterEach
    void stopServers() {
        replicateApi.close();
        falQueue.close();
        cdn.close();
    }

    @Test
    void falRefusingTheKeyFallsBackToReplicate() throws Exception {
        falQueue.on("POST", "/fal-ai/stable-audio", Reply.json(401, "{\"detail\":\"Invalid API key\"}"));
        replicateApi.on("POST", CREATE, Reply.json(201, prediction("p1", "succeeded", cdn.url("/out.wav"))));

        ChainResult result = chain(POLICY, "fal", fal(), replicate()).generate(request, Optional.empty(), new TestContext(work));

        assertThat(result.music().provider()).isEqualTo("replicate");
        assertThat(result.music().audio()).hasBinaryContent(AUDIO).startsWith(work.resolve("2-replicate"));
        assertThat(result.attempts()).extracting(Attempt::provider, Attempt::outcome, Attempt::httpStatus)
                .containsExactly(tuple("fal", Outcome.FELL_BACK, 401), tuple("replicate", Outcome.SUCCEEDED, null));
        assertThat(local.calls()).isZero();
    }

    @Test
    void invalidInputFailsTheJobWithoutFallingBack() {
        replicateApi.on("POST", CREATE, Reply.json(422, "{\"title\":\"Input validation failed\",\"detail\":\"- input.duration: too long\",\"status\":422}"));

        ChainFailure failure = catchThrowableOfType(ChainFailure.class,
                () -> chain(POLICY, "replicate", replicate(), fal()).generate(request, Optional.empty(), new TestContext(work)));

        assertThat(failure.reason()).isEqualTo(ChainFailure.Reason.REFUSED);
        assertThat(failure.status()).contains(422);
        assertThat(failure.getMessage()).isEqualTo("replicate: Input validation failed: - input.duration: too long");
        assertThat(falQueue.received()).isEmpty();
        assertThat(local.calls()).isZero();
    }

    @Test
    void aRateLimitIsWaitedOutThenTheSameProviderSucceeds() throws Exception {
        replicateApi.on("POST", CREATE,
                Reply.json(429, "{\"detail\":\"Request was throttled.\",\"status\":429}", "Retry-After", "1"),
                Reply.json(201, prediction("p2", "succeeded", cdn.url("/out.wav"))));

        long started = System.nanoTime();
        ChainResult result = chain(POLICY, "replicate", replicate()).generate(request, Optional.empty(), new TestContext(work));

        assertThat((System.nanoTime() - started) / 1_000_000).as("Retry-After: 1 was honoured").isGreaterThanOrEqualTo(1_000);
        assertThat(result.music().provider()).isEqualTo("replicate");
        assertThat(result.attempts()).extracting(Attempt::outcome, Attempt::httpStatus)
                .containsExactly(tuple(Outcome.RETRIED, 429), tuple(Outcome.SUCCEEDED, null));
    }

    @Test
    void aRateLimitThatLastsUsesUpTheRetriesThenFallsBack() throws Exception {
        replicateApi.on("POST", CREATE, Reply.json(429, "{\"detail\":\"slow down\",\"retry_after\":0.05}"));

        ChainResult result = chain(POLICY, "replicate", replicate()).generate(request, Optional.empty(), new TestContext(work));

        assertThat(replicateApi.received("POST", CREATE)).hasSize(1 + POLICY.maxRetries());
        assertThat(result.attempts()).extracting(Attempt::provider, Attempt::outcome).containsExactly(
                tuple("replicate", Outcome.RETRIED), tuple("replicate", Outcome.RETRIED), tuple("replicate", Outcome.FELL_BACK),
                tuple("fal", Outcome.SKIPPED), tuple("local", Outcome.SUCCEEDED));
    }

    @Test
    void aServerErrorFallsBackAfterTheProvidersOwnRetries() throws Exception {
        falQueue.on("POST", "/fal-ai/stable-audio", Reply.json(200, submitted("r1")))
                .on("GET", "/fal-ai/stable-audio/requests/r1/status", Reply.json(200, "{\"status\":\"COMPLETED\"}"))
                .on("GET", "/fal-ai/stable-audio/requests/r1", Reply.json(500, "{\"detail\":\"Internal server error\"}"));

        ChainResult result = chain(POLICY, "fal", fal()).generate(request, Optional.empty(), new TestContext(work));

        assertThat(falQueue.received("GET", "/fal-ai/stable-audio/requests/r1")).hasSize(1 + POLICY.httpRetries());
        assertThat(result.attempts()).extracting(Attempt::provider, Attempt::outcome, Attempt::httpStatus)
                .containsExactly(tuple("fal", Outcome.FELL_BACK, 500), tuple("replicate", Outcome.SKIPPED, null), tuple("local", Outcome.SUCCEEDED, null));
    }

    @Test
    void aNetworkErrorIsRetriedThenFallsBack() throws Exception {
        Map<String, String> unreachable = Map.of("REPLICATE_BASE_URL", FakeHttpServer.closedPortUrl() + "/v1", "REPLICATE_API_TOKEN", "r8_TestToken0123456789");

        ChainResult result = chain(POLICY, "replicate", unreachable).generate(request, Optional.empty(), new TestContext(work));

        assertThat(result.attempts()).extracting(Attempt::provider, Attempt::outcome).containsExactly(
                tuple("replicate", Outcome.RETRIED), tuple("replicate", Outcome.RETRIED), tuple("replicate", Outcome.FELL_BACK),
                tuple("fal", Outcome.SKIPPED), tuple("local", Outcome.SUCCEEDED));
        assertThat(result.attempts().getFirst().message()).contains("network error");
    }

    @Test
    void theDeadlineCancelsTheRemoteWorkAndTheChainMovesOn() throws Exception {
        replicateApi.on("POST", CREATE, Reply.json(201, prediction("p3", "starting", null)))
                .on("GET", "/v1/predictions/p3", Reply.json(200, prediction("p3", "processing", null)))
                .on("POST", "/v1/predictions/p3/cancel", Reply.json(200, prediction("p3", "canceled", null)));
        ProviderPolicy shortDeadline = new ProviderPolicy(300, 20, 1, 1_000, 2_000, 2, 5, 2, 2_000, 64 * 1024);

        ChainResult result = chain(shortDeadline, "replicate", replicate()).generate(request, Optional.empty(), new TestContext(work));

        assertThat(replicateApi.received("POST", "/v1/predictions/p3/cancel")).hasSize(1);
        assertThat(result.attempts().getFirst().outcome()).isEqualTo(Outcome.FELL_BACK);
        assertThat(result.attempts().getFirst().message()).contains("deadline");
        assertThat(result.music().provider()).isEqualTo("local");
    }

    @Test
    void anExpiredOutputFallsBackToTheNextProvider() throws Exception {
        replicateApi.on("POST", CREATE, Reply.json(201, prediction("p4", "succeeded", cdn.url("/expired.wav"))));
        falQueue.on("POST", "/fal-ai/stable-audio", Reply.json(200, submitted("r2")))
                .on("GET", "/fal-ai/stable-audio/requests/r2/status", Reply.json(200, "{\"status\":\"COMPLETED\"}"))
                .on("GET", "/fal-ai/stable-audio/requests/r2", Reply.json(200, "{\"audio_file\":{\"url\":\"" + cdn.url("/out.wav") + "\"}}"));

        ChainResult result = chain(POLICY, "replicate", replicate(), fal()).generate(request, Optional.empty(), new TestContext(work));

        assertThat(result.music().provider()).isEqualTo("fal");
        assertThat(result.attempts()).extracting(Attempt::provider, Attempt::outcome, Attempt::httpStatus)
                .containsExactly(tuple("replicate", Outcome.FELL_BACK, 404), tuple("fal", Outcome.SUCCEEDED, null));
    }

    /** The chain with both hosted clients (configured when {@code configuration} has their variables) and the stand-in local. */
    @SafeVarargs
    private ProviderChain chain(ProviderPolicy policy, String musicProvider, Map<String, String>... configuration) {
        Map<String, String> env = new HashMap<>(Map.of("MUSIC_PROVIDER", musicProvider));
        for (Map<String, String> part : configuration) {
            env.putAll(part);
        }
        ProviderSettings settings = ProviderSettings.from(env, policy);
        List<MusicProvider> providers = new ArrayList<>(HostedProviders.create(settings));
        providers.add(local);
        return new ProviderChain(providers, settings, new ProviderMetrics(new SimpleMeterRegistry()));
    }

    private Map<String, String> replicate() {
        return Map.of("REPLICATE_BASE_URL", replicateApi.url("/v1"), "REPLICATE_API_TOKEN", "r8_TestToken0123456789");
    }

    private Map<String, String> fal() {
        return Map.of("FAL_QUEUE_URL", falQueue.url(""), "FAL_KEY", "fal-test-key:0123456789");
    }

    private String prediction(String id, String status, String output) {
        return "{\"id\":\"" + id + "\",\"status\":\"" + status + "\",\"output\":" + (output == null ? "null" : "\"" + output + "\"")
                + ",\"urls\":{\"get\":\"" + replicateApi.url("/v1/predictions/" + id) + "\",\"cancel\":\""
                + replicateApi.url("/v1/predictions/" + id + "/cancel") + "\"}}";
    }

    private String submitted(String id) {
        String base = falQueue.url("/fal-ai/stable-audio/requests/" + id);
        return "{\"request_id\":\"" + id + "\",\"response_url\":\"" + base + "\",\"status_url\":\"" + base + "/status\",\"cancel_url\":\"" + base + "/cancel\"}";
    }
}
