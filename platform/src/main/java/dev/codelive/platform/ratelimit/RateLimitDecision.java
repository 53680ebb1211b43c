package dev.codelive.platform.ratelimit;

/**
 * The outcome of drawing one token, with what the {@code RateLimit-*} headers report.
 *
 * @param allowed whether the request may proceed
 * @param limit the bucket's capacity (its burst)
 * @param remaining tokens left after this request
 * @param resetSeconds seconds until the bucket is full again
 * @param retryAfterSeconds when refused, seconds until a token is available; 0 when allowed
 */
public record RateLimitDecision(boolean allowed, long limit, long remaining, long resetSeconds, long retryAfterSeconds) {}
