package dev.codelive.foundry.provider;

import dev.codelive.platform.config.Validate;
import java.time.Duration;

/**
 * The hosted providers' numbers, from {@code modules.foundry.providers} in {@code config/policy.yml}; the README
 * ("Configuration") describes each key.
 *
 * @param deadlineMs the time one provider has for a track: submitting, waiting, downloading and its retries; then its
 *     remote work is cancelled and the chain moves on
 * @param pollIntervalMs how often a running prediction or queued request is polled
 * @param preferWaitS how long Replicate may hold the create request open ({@code Prefer: wait=n}, 1 to 60 s)
 * @param connectTimeoutMs connecting to a provider
 * @param requestTimeoutMs one HTTP exchange (a download gets the same per response, the deadline bounds the rest)
 * @param httpRetries quick retries inside a provider of a 5xx or network error, before the chain hears of it
 * @param httpRetryBackoffMs the first quick retry's delay; it doubles with each further one
 * @param maxRetries how often the chain tries the same provider again after a rate limit or network error
 * @param maxRetryWaitMs the longest rate-limit reset the chain waits for; a later reset means moving on at once
 * @param maxDownloadBytes the largest audio file accepted from a provider
 */
public record ProviderPolicy(long deadlineMs, long pollIntervalMs, int preferWaitS, long connectTimeoutMs, long requestTimeoutMs,
        int httpRetries, long httpRetryBackoffMs, int maxRetries, long maxRetryWaitMs, long maxDownloadBytes) {
    private static final String KEY = "modules.foundry.providers.";

    public ProviderPolicy {
        Validate.range(KEY + "deadline_ms", deadlineMs, 100, 3_600_000);
        Validate.range(KEY + "poll_interval_ms", pollIntervalMs, 10, 60_000);
        Validate.range(KEY + "prefer_wait_s", preferWaitS, 1, 60);
        Validate.range(KEY + "connect_timeout_ms", connectTimeoutMs, 100, 60_000);
        Validate.range(KEY + "request_timeout_ms", requestTimeoutMs, 100, 600_000);
        Validate.range(KEY + "http_retries", httpRetries, 0, 10);
        Validate.range(KEY + "http_retry_backoff_ms", httpRetryBackoffMs, 1, 60_000);
        Validate.range(KEY + "max_retries", maxRetries, 0, 10);
        Validate.range(KEY + "max_retry_wait_ms", maxRetryWaitMs, 0, 600_000);
        Validate.range(KEY + "max_download_bytes", maxDownloadBytes, 1024, 2L << 30);
    }

    /** The values of the bundled policy.yml. */
    public static ProviderPolicy defaults() {
        return new ProviderPolicy(300_000, 2_000, 30, 5_000, 30_000, 2, 500, 2, 60_000, 100L << 20);
    }

    public Duration deadline() {
        return Duration.ofMillis(deadlineMs);
    }

    public Duration pollInterval() {
        return Duration.ofMillis(pollIntervalMs);
    }

    public Duration connectTimeout() {
        return Duration.ofMillis(connectTimeoutMs);
    }

    public Duration requestTimeout() {
        return Duration.ofMillis(requestTimeoutMs);
    }

    public Duration httpRetryBackoff() {
        return Duration.ofMillis(httpRetryBackoffMs);
    }

    public Duration maxRetryWait() {
        return Duration.ofMillis(maxRetryWaitMs);
    }
}
