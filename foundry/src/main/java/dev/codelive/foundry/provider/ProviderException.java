package dev.codelive.foundry.provider;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A provider could not make the music. What happens next depends on {@link #action()}: the fallback rules live in
 * the provider that knows its protocol, and the chain only follows them.
 */
public final class ProviderException extends Exception {

    /** What the chain does after this failure. */
    public enum Action {
        /** Try this provider again, after {@link #retryAfter()} (rate limited, network error). */
        RETRY,
        /** Give up on this provider and try the next one (failed, cancelled, auth/payment/not-found, 5xx, deadline). */
        FALL_BACK,
        /** Fail the job with this message: another provider would refuse the same request (422, content policy). */
        FAIL
    }

    private final String provider;
    private final Action action;
    private final Duration retryAfter;
    private final int status;

    /**
     * @param status the provider's HTTP status when it gave one, else 0
     * @param retryAfter for {@link Action#RETRY}: how long to wait (the provider's reset time when it says); else zero
     */
    public ProviderException(String provider, Action action, String message, int status, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.provider = Objects.requireNonNull(provider, "provider");
        this.action = Objects.requireNonNull(action, "action");
        this.status = status;
        this.retryAfter = retryAfter == null ? Duration.ZERO : retryAfter;
    }

    public static ProviderException retry(String provider, String message, Duration after, int status, Throwable cause) {
        return new ProviderException(provider, Action.RETRY, message, status, after, cause);
    }

    public static ProviderException fallBack(String provider, String message, int status, Throwable cause) {
        return new ProviderException(provider, Action.FALL_BACK, message, status, Duration.ZERO, cause);
    }

    public static ProviderException fail(String provider, String message, int status) {
        return new ProviderException(provider, Action.FAIL, message, status, Duration.ZERO, null);
    }

    public String provider() {
        return provider;
    }

    public Action action() {
        return action;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** The provider's HTTP status, when the failure came with one. */
    public Optional<Integer> status() {
        return status == 0 ? Optional.empty() : Optional.of(status);
    }
}
