package dev.codelive.foundry.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import dev.codelive.foundry.provider.Attempt.Outcome;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The chain's order, skipping, retry, fallback and failure rules, with scripted providers. */
class ProviderChainTest {
    private static final MusicRequest REQUEST = new MusicRequest("track-3", "calm piano", 10, false, 1);
    private static final ProviderPolicy POLICY = new ProviderPolicy(5_000, 10, 1, 1_000, 2_000, 2, 5, 2, 2_000, 64 * 1024);

    @TempDir
    Path work;

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @ParameterizedTest
    @CsvSource({
        "local, '', local",
        "fal, '', fal replicate local",
        "replicate, '', replicate fal local",
        "local, fal, fal local",
        "local, replicate, replicate local",
        "fal, replicate, replicate fal local",
        "replicate, replicate, replicate fal local",
        "fal, local, local",
    })
    void theOrderFollowsMusicProviderAndTheRequest(String musicProvider, String requested, String expected) {
        ProviderChain chain = chain(musicProvider);

        assertThat(chain.order(Optional.of(requested).filter(name -> !name.isEmpty()))).containsExactly(expected.split(" "));
    }

    @ParameterizedTest
    @CsvSource({"fal, fal replicate local", "replicate, replicate fal local", "local, local"})
    void everyHostedProviderFallsBackInTurnAndLocalEndsTheChain(String musicProvider, String expected) throws Exception {
        ScriptedProvider fal = new ScriptedProvider("fal", ScriptedProvider.fails(ProviderException.fallBack("fal", "HTTP 500", 500, null)));
        ScriptedProvider replicate = new ScriptedProvider("replicate", ScriptedProvider.fails(ProviderException.fallBack("replicate", "failed", 0, null)));
        ScriptedProvider local = new ScriptedProvider("local", ScriptedProvider.succeeds());

        ChainResult result = chain(musicProvider, fal, replicate, local).generate(REQUEST, Optional.empty(), new TestContext(work));

        assertThat(result.music().provider()).isEqualTo("local");
        assertThat(result.attempts()).extracting(Attempt::provider).containsExactly(expected.split(" "));
        assertThat(result.attempts()).extracting(Attempt::outcome).last().isEqualTo(Outcome.SUCCEEDED);
        assertThat(result.attempts().subList(0, result.attempts().size() - 1)).allSatisfy(a -> assertThat(a.outcome()).isEqualTo(Outcome.FELL_BACK));
        assertThat(result.music().audio()).exists().isRegularFile();
    }

    @Test
    void aProviderWithoutKeyIsSkippedAndRecorded() throws Exception {
        ScriptedProvider fal = new ScriptedProvider("fal", Optional.of("FAL_KEY is not set"), ScriptedProvider.succeeds());
        ScriptedProvider replicate = new ScriptedProvider("replicate", ScriptedProvider.succeeds());

        ChainResult result = chain("fal", fal, replicate, local()).generate(REQUEST, Optional.empty(), new TestContext(work));

        assertThat(fal.calls()).isZero();
        assertThat(result.music().provider()).isEqualTo("replicate");
        assertThat(result.attempts()).extracting(Attempt::provider, Attempt::outcome, Attempt::message)
                .containsExactly(tuple("fal", Outcome.SKIPPED, "FAL_KEY is not set"),
                        tuple("replicate", Outcome.SUCCEEDED, "made the track"));
        assertThat(registry.get("foundry_provider_skipped").tag("provider", "fal").counter().count()).isEqualTo(1);
    }

    @Test
    void aRequestedProviderGoesFirst() throws Exception {
        ScriptedProvider replicate = new ScriptedProvider("replicate", ScriptedProvider.succeeds());
        ScriptedProvider fal = new ScriptedProvider("fal", ScriptedProvider.succeeds());

        ChainResult result = chain("fal", fal, replicate, local()).generate(REQUEST, Optional.of("replicate"), new TestContext(work));

        assertThat(result.music().provider()).isEqualTo("replicate");
        assertThat(fal.calls()).isZero();
    }

    @Test
    void aRefusalStopsTheChainWithTheProvidersMessage() {
        ScriptedProvider replicate = new ScriptedProvider("replicate",
                ScriptedProvider.fails(ProviderException.fail("replicate", "Input validation failed: duration too long", 422)));
        ScriptedProvider local = local();

        ChainFailure failure = catchThrowableOfType(ChainFailure.class,
                () -> chain("replicate", replicate, local).generate(REQUEST, Optional.empty(), new TestContext(work)));

        assertThat(failure.reason()).isEqualTo(ChainFailure.Reason.REFUSED);
        assertThat(failure.getMessage()).isEqualTo("replicate: Input validation failed: duration too long");
        assertThat(failure.status()).contains(422);
        assertThat(failure.attempts()).extracting(Attempt::provider, Attempt::outcome, Attempt::httpStatus)
                .containsExactly(tuple("replicate", Outcome.FAILED, 422));
        assertThat(local.calls()).as("no fallback after a refusal").isZero();
    }

    @Test
    void aRetryTriesTheSameProviderAgainAfterItsReset() throws Exception {
        ScriptedProvider fal = new ScriptedProvider("fal",
                ScriptedProvider.fails(ProviderException.retry("fal", "rate limited", Duration.ofMillis(30), 429, null)), ScriptedProvider.succeeds());

        long started = System.nanoTime();
        ChainResult result = chain("fal", fal, local()).generate(REQUEST, Optional.empty(), new TestContext(work));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("waited for the reset").isGreaterThanOrEqualTo(Duration.ofMillis(30));
        assertThat(result.music().provider()).isEqualTo("fal");
        assertThat(result.attempts()).extracting(Attempt::outcome).containsExactly(Outcome.RETRIED, Outcome.SUCCEEDED);
        assertThat(result.attempts().getFirst().httpStatus()).isEqualTo(429);
    }

    @Test
    void retriesRunOutThenTheChainFallsBack() throws Exception {
        ScriptedProvider fal = new ScriptedProvider("fal", ScriptedProvider.fails(ProviderException.retry("fal", "network error", Duration.ZERO, 0, null)));

        ChainResult result = chain("fal", fal, local()).generate(REQUEST, Optional.empty(), new TestContext(work));

        assertThat(fal.calls()).isEqualTo(1 + POLICY.maxRetries());
        assertThat(result.attempts()).extracting(Attempt::provider, Attempt::outcome).containsExactly(
                tuple("fal", Outcome.RETRIED), tuple("fal", Outcome.RETRIED),
                tuple("fal", Outcome.FELL_BACK), tuple("replicate", Outcome.SKIPPED),
                tuple("local", Outcome.SUCCEEDED));
        assertThat(result.attempts().get(3).message()).isEqualTo("not installed on this server");
        assertThat(result.attempts().get(2).message()).contains("tried 3 times");
    }

    @Test
    void aResetBeyondTheLongestWaitFallsBackAtOnce() throws Exception {
        ScriptedProvider fal = new ScriptedProvider("fal", ScriptedProvider.fails(ProviderException.retry("fal", "quota", Duration.ofHours(1), 429, null)));

        ChainResult result = chain("fal", fal, local()).generate(REQUEST, Optional.empty(), new TestContext(work));

        assertThat(fal.calls()).isEqualTo(1);
        assertThat(result.attempts().getFirst().outcome()).isEqualTo(Outcome.FELL_BACK);
        assertThat(result.attempts().getFirst().message()).contains("too far off");
    }

    @Test
    void aResetAfterTheProvidersDeadlineFallsBackAtOnce() throws Exception {
        ProviderPolicy shortDeadline = new ProviderPolicy(200, 10, 1, 1_000, 2_000, 2, 5, 2, 2_000, 64 * 1024);
        ScriptedProvider fal = new ScriptedProvider("fal", ScriptedProvider.fails(ProviderException.retry("fal", "busy", Duration.ofSeconds(1), 429, null)));
        ProviderChain chain = new ProviderChain(List.of(fal, local()), settings("fal", shortDeadline), new ProviderMetrics(registry));

        ChainResult result = chain.generate(REQUEST, Optional.empty(), new TestContext(work));

        assertThat(fal.calls()).isEqualTo(1);
        assertThat(result.attempts().getFirst().message()).contains("after the deadline");
    }

    @Test
    void cancellingDuringARetryWaitStopsTheChain() {
        TestContext context = new TestContext(work);
        ScriptedProvider fal = new ScriptedProvider("fal", (provider, attemptContext) -> {
            context.cancel();
            throw ProviderException.retry("fal", "rate limited", Duration.ofMillis(500), 429, null);
        });
        ScriptedProvider local = local();

        assertThatThrownBy(() -> chain("fal", fal, local).generate(REQUEST, Optional.empty(), context)).isInstanceOf(TestContext.Cancelled.class);
        assertThat(local.calls()).isZero();
    }

    @Test
    void whenEveryProviderFailsTheLastFailureIsReported() {
        ScriptedProvider fal = new ScriptedProvider("fal", ScriptedProvider.fails(ProviderException.fallBack("fal", "HTTP 503", 503, null)));
        ScriptedProvider local = new ScriptedProvider("local", ScriptedProvider.fails(ProviderException.fallBack("local", "renderer crashed", 0, null)));

        ChainFailure failure = catchThrowableOfType(ChainFailure.class,
                () -> chain("fal", fal, local).generate(REQUEST, Optional.empty(), new TestContext(work)));

        assertThat(failure.reason()).isEqualTo(ChainFailure.Reason.EXHAUSTED);
        assertThat(failure.getMessage()).isEqualTo("no provider could make the track; local: renderer crashed");
        assertThat(failure.attempts()).extracting(Attempt::outcome).containsExactly(Outcome.FELL_BACK, Outcome.SKIPPED, Outcome.FAILED);
    }

    @Test
    void withNoUsableProviderTheChainSaysSo() {
        ScriptedProvider local = new ScriptedProvider("local", Optional.of("disabled"), ScriptedProvider.succeeds());

        ChainFailure failure = catchThrowableOfType(ChainFailure.class,
                () -> chain("local", local).generate(REQUEST, Optional.empty(), new TestContext(work)));

        assertThat(failure.getMessage()).isEqualTo("no music provider is available");
        assertThat(failure.attempts()).extracting(Attempt::outcome).containsExactly(Outcome.SKIPPED);
    }

    @Test
    void theJobsProgressNeverGoesBackAcrossAFallback() throws Exception {
        ScriptedProvider fal = new ScriptedProvider("fal", ScriptedProvider.fails(ProviderException.fallBack("fal", "HTTP 500", 500, null)));
        TestContext context = new TestContext(work);

        chain("fal", fal, local()).generate(REQUEST, Optional.empty(), context);

        List<Double> fractions = context.progress().stream().map(TestContext.Progress::fraction).toList();
        assertThat(fractions).isSorted().contains(0.5).last().isEqualTo(1.0);
        assertThat(fractions).as("local's halfway lands halfway through what fal left").contains(0.75);
        assertThat(context.progress()).extracting(TestContext.Progress::message).anyMatch(m -> m.contains("fal failed") && m.contains("next provider"));
    }

    @Test
    void eachAttemptWorksInItsOwnDirectoryWithTheProvidersDeadline() throws Exception {
        ScriptedProvider fal = new ScriptedProvider("fal",
                ScriptedProvider.fails(ProviderException.retry("fal", "busy", Duration.ZERO, 429, null)), ScriptedProvider.succeeds());

        Instant before = Instant.now();
        chain("fal", fal, local()).generate(REQUEST, Optional.empty(), new TestContext(work));

        assertThat(fal.contexts()).extracting(GenerationContext::workDirectory).containsExactly(work.resolve("1-fal"), work.resolve("2-fal"));
        Instant deadline = fal.contexts().getFirst().deadline().orElseThrow();
        assertThat(Duration.between(before, deadline).toMillis()).isCloseTo(POLICY.deadlineMs(), within(1_000L));
        assertThat(fal.contexts().get(1).deadline()).as("retries share the provider's deadline").contains(deadline);
    }

    @Test
    void aJobDeadlineEarlierThanTheProvidersWins() throws Exception {
        ScriptedProvider local = local();
        Instant soon = Instant.now().plusMillis(500);

        chain("local", local).generate(REQUEST, Optional.empty(), new TestContext(work, Optional.of(soon)));

        assertThat(local.contexts().getFirst().deadline()).contains(soon);
    }

    @Test
    void metricsCountAttemptsOutcomesAndDurationsByProvider() throws Exception {
        ScriptedProvider fal = new ScriptedProvider("fal",
                ScriptedProvider.fails(ProviderException.retry("fal", "rate limited", Duration.ZERO, 429, null)),
                ScriptedProvider.fails(ProviderException.fallBack("fal", "HTTP 500", 500, null)));
        ScriptedProvider replicate = new ScriptedProvider("replicate", Optional.of("REPLICATE_API_TOKEN is not set"), ScriptedProvider.succeeds());

        chain("fal", fal, replicate, local()).generate(REQUEST, Optional.empty(), new TestContext(work));

        assertThat(count("foundry_provider_attempts", "fal")).isEqualTo(2);
        assertThat(count("foundry_provider_failures", "fal")).isEqualTo(2);
        assertThat(count("foundry_provider_retries", "fal")).isEqualTo(1);
        assertThat(count("foundry_provider_fallbacks", "fal")).isEqualTo(1);
        assertThat(count("foundry_provider_successes", "fal")).isZero();
        assertThat(count("foundry_provider_skipped", "replicate")).isEqualTo(1);
        assertThat(count("foundry_provider_attempts", "replicate")).isZero();
        assertThat(count("foundry_provider_attempts", "local")).isEqualTo(1);
        assertThat(count("foundry_provider_successes", "local")).isEqualTo(1);
        assertThat(count("foundry_provider_failures", "local")).isZero();
        assertThat(registry.get("foundry_provider_duration").tag("provider", "fal").timers()).extracting(timer -> timer.getId().getTag("outcome"))
                .containsExactlyInAnyOrder("retried", "fell_back");
        assertThat(registry.get("foundry_provider_duration").tag("provider", "local").tag("outcome", "succeeded").timer().count()).isEqualTo(1);
    }

    @Test
    void anUnknownRequestedProviderIsRefused() {
        assertThatThrownBy(() -> chain("local").order(Optional.of("suno")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("unknown provider 'suno'; one of local, fal, replicate");
    }

    @Test
    void aProviderGivenTwiceIsRefused() {
        assertThatThrownBy(() -> chain("local", local(), local())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
    }

    private double count(String name, String provider) {
        var counter = registry.find(name).tag("provider", provider).counter();
        return counter == null ? 0 : counter.count();
    }

    private static ScriptedProvider local() {
        return new ScriptedProvider("local", ScriptedProvider.succeeds());
    }

    private ProviderChain chain(String musicProvider, MusicProvider... providers) {
        return new ProviderChain(Arrays.asList(providers), settings(musicProvider, POLICY), new ProviderMetrics(registry));
    }

    private static ProviderSettings settings(String musicProvider, ProviderPolicy policy) {
        return ProviderSettings.from(Map.of("MUSIC_PROVIDER", musicProvider), policy);
    }
}
