package dev.codelive.platform.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** RED metrics of the HTTP server, labelled by route template so that cardinality stays bounded. */
public final class HttpMetrics {
    // Buckets dense around the 150 ms p95 target so that the quantile can be read off with useful precision.
    private static final Duration[] LATENCY_BUCKETS = {
        Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50),
        Duration.ofMillis(75), Duration.ofMillis(100), Duration.ofMillis(125), Duration.ofMillis(150),
        Duration.ofMillis(200), Duration.ofMillis(300), Duration.ofMillis(500), Duration.ofMillis(1000),
        Duration.ofMillis(2500), Duration.ofMillis(5000), Duration.ofMillis(10000)
    };

    private final MeterRegistry registry;
    private final AtomicInteger inFlight = new AtomicInteger();

    public HttpMetrics(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder("http.server.requests.in.flight", inFlight, AtomicInteger::get)
                .description("Requests currently being handled")
                .register(registry);
    }

    public void started() {
        inFlight.incrementAndGet();
    }

    public void finished(String method, String route, int status, long durationNanos) {
        inFlight.decrementAndGet();
        Timer.builder("http.server.requests")
                .description("HTTP requests by method, route template and status")
                .tags("method", method, "route", route, "status", Integer.toString(status))
                .serviceLevelObjectives(LATENCY_BUCKETS)
                .register(registry)
                .record(durationNanos, TimeUnit.NANOSECONDS);
    }

    public void rateLimited(String rateClass) {
        Counter.builder("http.rate.limit.rejections")
                .description("Requests refused with 429 by rate class")
                .tag("rate_class", rateClass)
                .register(registry)
                .increment();
    }

    /** A rate-limit store failure (e.g. Redis unreachable) that let the request through unlimited. */
    public void rateLimitStoreFailed() {
        Counter.builder("http.rate.limit.store.failures")
                .description("Requests let through because the rate-limit store could not be reached")
                .register(registry)
                .increment();
    }

    /** @param reason too_large, malformed, unsupported_media_type or too_complex */
    public void bodyRejected(String reason) {
        Counter.builder("http.request.body.rejections")
                .description("Request bodies refused before reaching a handler, by reason")
                .tag("reason", reason)
                .register(registry)
                .increment();
    }
}
