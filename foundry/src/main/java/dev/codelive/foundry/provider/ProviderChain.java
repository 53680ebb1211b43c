package dev.codelive.foundry.provider;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a track with the first provider that can: tries them in {@link ProviderOrder}, skips those that are not
 * configured, and follows each failure's {@link ProviderException.Action}: retry the same provider (after its reset,
 * a bounded number of times), fall back to the next, or fail the job at once.
 */
public final class ProviderChain {
    private static final Logger LOG = LoggerFactory.getLogger(ProviderChain.class);

    private final Map<String, MusicProvider> providers = new LinkedHashMap<>();
    private final String primary;
    private final ProviderPolicy policy;
    private final ProviderMetrics metrics;

    /** @param providers each provider once, by its {@link MusicProvider#name()} (one of {@link ProviderSettings#NAMES}) */
    public ProviderChain(List<MusicProvider> providers, ProviderSettings settings, ProviderMetrics metrics) {
        for (MusicProvider provider : providers) {
            if (!ProviderSettings.NAMES.contains(provider.name())) {
                throw new IllegalArgumentException("unknown provider name '" + provider.name() + "'");
            }
            if (this.providers.putIfAbsent(provider.name(), provider) != null) {
                throw new IllegalArgumentException("provider '" + provider.name() + "' is given twice");
            }
        }
        this.primary = settings.primary();
        this.policy = settings.policy();
        this.metrics = metrics;
    }

    /**
     * The providers a request would try, in order.
     *
     * @param requested the provider a request names, if any
     * @throws IllegalArgumentException when {@code requested} is not a provider's name
     */
    public List<String> order(Optional<String> requested) {
        requested.ifPresent(name -> {
            if (!ProviderSettings.NAMES.contains(name)) {
                throw new IllegalArgumentException("unknown provider '" + name + "'; one of " + String.join(", ", ProviderSettings.NAMES));
            }
        });
        return ProviderOrder.of(primary, requested);
    }

    /**
     * Makes the track. Attempt {@code n} of provider {@code p} works in {@code <work directory>/<n>-<p>}.
     *
     * @throws ChainFailure when a provider refused the request, or no provider made the track
     * @throws RuntimeException as thrown by {@link GenerationContext#checkpoint()} when the job is cancelled
     */
    public ChainResult generate(MusicRequest request, Optional<String> requested, GenerationContext context) throws ChainFailure {
        Run run = new Run(request, order(requested), context);
        for (int index = 0; index < run.order.size(); index++) {
            String name = run.order.get(index);
            Optional<String> unavailable = unavailableReason(name);
            if (unavailable.isPresent()) {
                LOG.info("music provider {} skipped: {}", name, unavailable.get());
                run.attempts.add(new Attempt(name, Attempt.Outcome.SKIPPED, null, unavailable.get(), 0));
                metrics.skipped(name);
                continue;
            }
            Optional<GeneratedMusic> music = tryProvider(run, index);
            if (music.isPresent()) {
                return new ChainResult(music.get(), run.attempts);
            }
        }
        if (run.lastFailure == null) {
            throw new ChainFailure(ChainFailure.Reason.EXHAUSTED, "no music provider is available", 0, run.attempts);
        }
        throw new ChainFailure(ChainFailure.Reason.EXHAUSTED, "no provider could make the track; " + run.lastFailure.provider() + ": "
                + run.lastFailure.message(), run.lastFailure.httpStatus() == null ? 0 : run.lastFailure.httpStatus(), run.attempts);
    }

    /** One provider, retried as its failures allow: its music, or empty once the chain should move on. */
    private Optional<GeneratedMusic> tryProvider(Run run, int index) throws ChainFailure {
        String name = run.order.get(index);
        MusicProvider provider = providers.get(name);
        Instant deadline = Instant.now().plus(policy.deadline());
        for (int retries = 0; ; retries++) {
            run.context.checkpoint();
            run.progress.beginAttempt();
            Path directory = workDirectory(run.context, ++run.attemptNumber, name);
            long started = System.nanoTime();
            metrics.attempt(name);
            ProviderException failure;
            try {
                GeneratedMusic music = provider.generate(run.request, new AttemptContext(run.context, run.progress, directory, deadline));
                record(run, name, Attempt.Outcome.SUCCEEDED, null, "made the track", since(started));
                metrics.success(name);
                return Optional.of(music);
            } catch (ProviderException e) {
                failure = e;
            } catch (RuntimeException e) {
                metrics.duration(name, "aborted", since(started));
                throw e;
            }
            Duration took = since(started);
            metrics.failure(name);
            Integer status = failure.status().orElse(null);
            String message = failure.getMessage() == null ? "no message" : failure.getMessage();
            if (failure.action() == ProviderException.Action.FAIL) {
                record(run, name, Attempt.Outcome.FAILED, status, message, took);
                LOG.info("music provider {} refused track {}: {}", name, run.request.trackId(), message);
                throw new ChainFailure(ChainFailure.Reason.REFUSED, name + ": " + message, failure.status().orElse(0), run.attempts);
            }
            if (failure.action() == ProviderException.Action.RETRY) {
                Duration wait = retryWait(failure, retries);
                Optional<String> refusal = retryRefusal(retries, wait, deadline);
                if (refusal.isEmpty()) {
                    record(run, name, Attempt.Outcome.RETRIED, status, message, took);
                    metrics.retry(name);
                    LOG.info("music provider {} will be tried again in {} ms: {}", name, wait.toMillis(), message);
                    run.progress.note(name + ": " + message + "; trying again in " + Math.max(1, Math.round(wait.toMillis() / 1000.0)) + " s");
                    Pause.sleep(wait, run.context);
                    continue;
                }
                message = message + " (" + refusal.get() + ")";
            }
            giveUp(run, index, status, message, took);
            return Optional.empty();
        }
    }

    /** Records the end of a provider: a fallback when a usable provider follows, else the chain's last failure. */
    private void giveUp(Run run, int index, Integer status, String message, Duration took) {
        String name = run.order.get(index);
        boolean moreToTry = run.order.subList(index + 1, run.order.size()).stream().anyMatch(next -> unavailableReason(next).isEmpty());
        if (moreToTry) {
            run.lastFailure = record(run, name, Attempt.Outcome.FELL_BACK, status, message, took);
            metrics.fallback(name);
            LOG.info("music provider {} failed, falling back: {}", name, message);
            run.progress.note(name + " failed (" + message + "); trying the next provider");
        } else {
            run.lastFailure = record(run, name, Attempt.Outcome.FAILED, status, message, took);
            LOG.info("music provider {} failed, none left: {}", name, message);
        }
    }

    /** Why the named provider cannot be used on this server (no key, not installed), or empty when it can. */
    public Optional<String> unavailableReason(String name) {
        MusicProvider provider = providers.get(name);
        return provider == null ? Optional.of("not installed on this server") : provider.unavailableReason();
    }

    /** The provider's reset time; a network error (no reset) backs off from the policy's quick-retry delay. */
    private Duration retryWait(ProviderException failure, int retries) {
        Duration backoff = policy.httpRetryBackoff().multipliedBy(1L << Math.min(retries, 20));
        return failure.retryAfter().compareTo(backoff) > 0 ? failure.retryAfter() : backoff;
    }

    private Optional<String> retryRefusal(int retries, Duration wait, Instant deadline) {
        if (retries >= policy.maxRetries()) {
            return Optional.of("tried " + (retries + 1) + " times");
        }
        if (wait.compareTo(policy.maxRetryWait()) > 0) {
            return Optional.of("its reset in " + wait.toSeconds() + " s is too far off");
        }
        if (!Instant.now().plus(wait).isBefore(deadline)) {
            return Optional.of("its reset comes after the deadline");
        }
        return Optional.empty();
    }

    private Attempt record(Run run, String name, Attempt.Outcome outcome, Integer status, String message, Duration took) {
        Attempt attempt = new Attempt(name, outcome, status, message, took.toMillis());
        run.attempts.add(attempt);
        metrics.duration(name, outcome.label(), took);
        return attempt;
    }

    private static Path workDirectory(GenerationContext context, int attemptNumber, String name) {
        Path directory = context.workDirectory().resolve(attemptNumber + "-" + name);
        try {
            return Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the attempt's work directory " + directory, e);
        }
    }

    private static Duration since(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    /** One call's state: what was asked, the order, and what has happened so far. */
    private static final class Run {
        private final MusicRequest request;
        private final List<String> order;
        private final GenerationContext context;
        private final ChainProgress progress;
        private final List<Attempt> attempts = new ArrayList<>();
        private int attemptNumber;
        private Attempt lastFailure;

        private Run(MusicRequest request, List<String> order, GenerationContext context) {
            this.request = request;
            this.order = order;
            this.context = context;
            this.progress = new ChainProgress(context);
        }
    }
}
