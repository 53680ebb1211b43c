package dev.codelive.platform.ratelimit;

import dev.codelive.platform.config.RateLimitSpec;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token-bucket limits by rate class and subject (a user or a client address).
 *
 * <p>Classes come from two places: modules declare the ones they need with a default, and the policy file
 * sets or overrides any class by name.
 */
public final class RateLimiter {
    private final BucketStore store;
    private final Map<String, RateLimitSpec> policy;
    private final Map<String, RateClass> classes = new ConcurrentHashMap<>();

    /** A class as the buckets use it, derived once rather than on every request. */
    private record RateClass(RateLimitSpec spec, BucketConfiguration configuration, String keyPrefix) {
        static RateClass of(String name, RateLimitSpec spec) {
            BucketConfiguration configuration = BucketConfiguration.builder()
                    .addLimit(limit -> limit.capacity(spec.burst()).refillGreedy(spec.rate(), spec.per().duration()))
                    .build();
            // The spec is part of the key, so a changed policy starts fresh buckets instead of reusing old shapes.
            String keyPrefix = name + ":" + spec.rate() + "/" + spec.per().name().toLowerCase(Locale.ROOT) + ":" + spec.burst() + ":";
            return new RateClass(spec, configuration, keyPrefix);
        }
    }

    public RateLimiter(BucketStore store, Map<String, RateLimitSpec> policy) {
        this.store = store;
        this.policy = Map.copyOf(policy);
        policy.forEach((name, spec) -> classes.put(name, RateClass.of(name, spec)));
    }

    /** Declares a class with its default; a class of the same name in the policy wins. */
    public void declare(String rateClass, RateLimitSpec defaultSpec) {
        classes.computeIfAbsent(rateClass, name -> RateClass.of(name, policy.getOrDefault(name, defaultSpec)));
    }

    public boolean knows(String rateClass) {
        return classes.containsKey(rateClass);
    }

    /** Draws one token for {@code subject} from the class's bucket. */
    public RateLimitDecision tryConsume(String rateClass, String subject) {
        RateClass limit = rateClass(rateClass);
        ConsumptionProbe probe = store.bucket(limit.keyPrefix() + subject, limit.configuration()).tryConsumeAndReturnRemaining(1);
        long burst = limit.spec().burst();
        long reset = ceilSeconds(probe.getNanosToWaitForReset());
        if (probe.isConsumed()) {
            return new RateLimitDecision(true, burst, probe.getRemainingTokens(), reset, 0);
        }
        return new RateLimitDecision(false, burst, 0, reset, Math.max(1, ceilSeconds(probe.getNanosToWaitForRefill())));
    }

    public String storeKind() {
        return store.kind();
    }

    private RateClass rateClass(String name) {
        RateClass found = classes.get(name);
        if (found == null) {
            throw new IllegalArgumentException("undeclared rate class: " + name);
        }
        return found;
    }

    private static long ceilSeconds(long nanos) {
        return (nanos + 999_999_999L) / 1_000_000_000L;
    }
}
