package dev.codelive.platform.config;

import java.time.Duration;

/**
 * A token bucket: {@code rate} tokens are added every {@code per} period, up to {@code burst}.
 * "10 per second, burst 20" allows 20 requests at once, then 10 a second.
 */
public record RateLimitSpec(long rate, Period per, long burst) {

    public RateLimitSpec {
        Validate.range("rate", rate, 1, 1_000_000);
        Validate.present("per", per);
        Validate.range("burst", burst, rate, 10_000_000);
    }

    /** A quota with no extra burst, e.g. 5 per minute. */
    public static RateLimitSpec of(long rate, Period per) {
        return new RateLimitSpec(rate, per, rate);
    }

    /** The refill periods a policy may name. */
    public enum Period {
        SECOND(Duration.ofSeconds(1)),
        MINUTE(Duration.ofMinutes(1)),
        HOUR(Duration.ofHours(1)),
        DAY(Duration.ofDays(1));

        private final Duration duration;

        Period(Duration duration) {
            this.duration = duration;
        }

        public Duration duration() {
            return duration;
        }
    }
}
