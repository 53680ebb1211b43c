package dev.codelive.platform.ratelimit;

import dev.codelive.platform.config.RateLimitSpec;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import java.util.HashMap;
import java.util.Map;

/**
 * Token-bucket limits by rate class and subject (a user or a client address).
 *
 * <p>Classes come from two places: modules declare the ones they need with a default, and the policy file
 * sets or overrides any class by name.
 */
public final class RateLimiter {
    private final BucketStore store;
    private final Map<String, RateLimitSpec> classes = new HashMap<>();
    private final Map<String, RateLimitSpec> policy;

    public RateLimiter(BucketStore store, Map<String, RateLimitSpec> policy) {
        this.store = store;
        this.policy = Map.copyOf(policy);
        this.classes.putAll(policy);
    }

    /** Declares a class with its default; a class of the same name in the policy wins. */
    public void declare(String rateClass, RateLimitSpec defaultSpec) {
        classes.putIfAbsent(rateClass, policy.getOrDefault(rateClass, defaultSpec));
    }

    public boolean knows(String rateClass) {
        return classes.containsKey(rateClass);
    }

    public RateLimitSpec spec(String rateClass) {
        RateLimitSpec spec = classes.get(rateClass);
        if (spec == null) {
            throw new IllegalArgumentException("undeclared rate class: " + rateClass);
        }
        return spec;
    }

    /** Draws one token for {@code subject} from the class's bucket. */
    public RateLimitDecision tryConsume(String rateClass, String subject) {
        RateLimitSpec spec = spec(rateClass);
        // The spec is part of the key, so a changed policy starts fresh buckets instead of reusing old shapes.
        String key = rateClass + ":" + spec.rate() + "/" + spec.per().name().toLowerCase() + ":" + spec.burst() + ":" + subject;
        ConsumptionProbe probe = store.bucket(key, configuration(spec)).tryConsumeAndReturnRemaining(1);
        long reset = ceilSeconds(probe.getNanosToWaitForReset());
        if (probe.isConsumed()) {
            return new RateLimitDecision(true, spec.burst(), probe.getRemainingTokens(), reset, 0);
        }
        return new RateLimitDecision(false, spec.burst(), 0, reset, Math.max(1, ceilSeconds(probe.getNanosToWaitForRefill())));
    }

    public String storeKind() {
        return store.kind();
    }

    private static BucketConfiguration configuration(RateLimitSpec spec) {
        return BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(spec.burst()).refillGreedy(spec.rate(), spec.per().duration()))
                .build();
    }

    private static long ceilSeconds(long nanos) {
        return (nanos + 999_999_999L) / 1_000_000_000L;
    }
}
