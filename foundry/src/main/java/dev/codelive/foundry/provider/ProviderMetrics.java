package dev.codelive.foundry.provider;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * The chain's meters, by provider: attempts, and what came of them. {@code failures} counts every attempt that ended
 * in an error; {@code retries} and {@code fallbacks} count the failures after which the chain tried the same provider
 * again or moved on. docs/foundry-providers.md lists them with their Prometheus names.
 */
public final class ProviderMetrics {
    private final MeterRegistry registry;

    public ProviderMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void attempt(String provider) {
        counter("foundry_provider_attempts", "Calls of a music provider", provider).increment();
    }

    void success(String provider) {
        counter("foundry_provider_successes", "Provider calls that returned music", provider).increment();
    }

    void failure(String provider) {
        counter("foundry_provider_failures", "Provider calls that ended in an error", provider).increment();
    }

    void fallback(String provider) {
        counter("foundry_provider_fallbacks", "Failures after which the chain moved on to the next provider", provider).increment();
    }

    void retry(String provider) {
        counter("foundry_provider_retries", "Failures after which the chain tried the same provider again", provider).increment();
    }

    void skipped(String provider) {
        counter("foundry_provider_skipped", "Providers passed over because they are not configured", provider).increment();
    }

    /** @param outcome an {@link Attempt.Outcome} label, or {@code cancelled} when the job stopped the call */
    void duration(String provider, String outcome, Duration duration) {
        Timer.builder("foundry_provider_duration")
                .description("Time of one provider call, by what came of it")
                .tag("provider", provider)
                .tag("outcome", outcome)
                .register(registry)
                .record(duration);
    }

    private Counter counter(String name, String description, String provider) {
        return Counter.builder(name).description(description).tag("provider", provider).register(registry);
    }
}
