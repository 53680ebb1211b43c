package dev.codelive.platform.http.gate;

import dev.codelive.platform.http.Problem;
import dev.codelive.platform.http.ProblemException;
import dev.codelive.platform.http.ProblemType;
import dev.codelive.platform.http.RequestObservation;
import dev.codelive.platform.http.route.Route;
import dev.codelive.platform.http.route.RouteMetadata;
import dev.codelive.platform.metrics.HttpMetrics;
import dev.codelive.platform.ratelimit.RateLimitDecision;
import dev.codelive.platform.ratelimit.RateLimiter;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.HashMap;
import java.util.Map;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Draws a token for the route's rate class, keyed by user when signed in and by client address otherwise,
 * and reports the bucket in {@code RateLimit-*} headers.
 *
 * <p>A class may have a variant per plan, named {@code <class>.<plan>} (e.g. {@code track_create.pro}): a signed-in
 * caller on that plan draws from the variant, everyone else from the class itself.
 */
public final class RateLimitGate implements Handler {
    private static final Logger LOG = LoggerFactory.getLogger(RateLimitGate.class);

    private final RateLimiter limiter;
    private final HttpMetrics metrics;
    private final WarningThrottle warningThrottle = new WarningThrottle(Duration.ofSeconds(10));

    public RateLimitGate(RateLimiter limiter, HttpMetrics metrics) {
        this.limiter = limiter;
        this.metrics = metrics;
    }

    @Override
    public void handle(Context ctx) {
        Optional<String> rateClass = RouteMetadata.of(ctx).flatMap(Route::rateClass);
        if (rateClass.isEmpty()) {
            return;
        }
        RequestObservation observation = RequestObservation.of(ctx);
        String effectiveClass = forPlan(rateClass.get(), observation);
        String subject = observation.userId() != null ? "user:" + observation.userId() : "ip:" + observation.clientIp();
        RateLimitDecision decision;
        try {
            decision = limiter.tryConsume(effectiveClass, subject);
        } catch (RuntimeException e) {
            // Fail open: losing the limiter for a while is better than refusing every request while Redis is
            // away. /ready reports the outage, and the counter shows how much traffic went through unlimited.
            metrics.rateLimitStoreFailed();
            if (warningThrottle.tryAcquire()) {
                LOG.warn("rate-limit store unavailable; letting requests through unlimited: {}", e.getMessage());
            }
            return;
        }
        Map<String, String> headers = Map.of(
                "RateLimit-Limit", Long.toString(decision.limit()),
                "RateLimit-Remaining", Long.toString(decision.remaining()),
                "RateLimit-Reset", Long.toString(decision.resetSeconds()));
        if (decision.allowed()) {
            headers.forEach(ctx::header);
            return;
        }
        metrics.rateLimited(effectiveClass);
        Map<String, String> refusal = new HashMap<>(headers);
        refusal.put("Retry-After", Long.toString(decision.retryAfterSeconds()));
        Problem problem = Problem.of(ProblemType.RATE_LIMITED,
                "rate limit '" + effectiveClass + "' exceeded; retry in " + decision.retryAfterSeconds() + " s");
        throw new ProblemException(problem, refusal);
    }

    private String forPlan(String rateClass, RequestObservation observation) {
        return Optional.ofNullable(observation.plan())
                .map(plan -> rateClass + "." + plan)
                .filter(limiter::knows)
                .orElse(rateClass);
    }
}
