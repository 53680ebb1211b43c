package dev.codelive.platform.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.codelive.platform.metrics.RoutePerformance.RouteStats;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoutePerformanceTest {
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final HttpMetrics http = new HttpMetrics(registry);
    private final RoutePerformance performance = new RoutePerformance(registry);

    private void request(String route, int status, long millis) {
        http.started();
        http.finished("GET", route, status, Duration.ofMillis(millis).toNanos());
    }

    @Test
    void quantilesComeFromTheBucketsAcrossEveryStatus() {
        for (int ms = 1; ms <= 100; ms++) {
            request("/api/things/{id}", ms % 10 == 0 ? 500 : 200, ms);
        }

        RouteStats stats = performance.snapshot(Duration.ofSeconds(10)).getFirst();

        assertThat(stats.route()).isEqualTo("/api/things/{id}");
        assertThat(stats.requests()).isEqualTo(100);
        assertThat(stats.serverErrors()).isEqualTo(10);
        assertThat(stats.errorRate()).isEqualTo(0.10);
        assertThat(stats.requestsPerSecond()).isEqualTo(10.0);
        // Bucket edges at 25, 50, 75 and 100 ms: 50 requests take ≤ 50 ms, 95 lie between 75 and 100.
        assertThat(stats.p50Ms()).isCloseTo(50.0, within(0.01));
        assertThat(stats.p95Ms()).isCloseTo(95.0, within(0.01));
        assertThat(stats.p99Ms()).isCloseTo(99.0, within(0.01));
        assertThat(stats.maxMs()).isCloseTo(100.0, within(0.01));
    }

    @Test
    void routesAreListedBusiestFirstAndClientErrorsAreNotServerErrors() {
        request("/quiet", 200, 3);
        for (int i = 0; i < 5; i++) {
            request("/busy", 404, 3);
        }

        List<RouteStats> stats = performance.snapshot(Duration.ofSeconds(1));

        assertThat(stats).extracting(RouteStats::route).containsExactly("/busy", "/quiet");
        assertThat(stats.getFirst().clientErrors()).isEqualTo(5);
        assertThat(stats.getFirst().errorRate()).isZero();
    }

    @Test
    void aSlowOutlierBeyondTheLastBucketIsBoundedByTheMaximum() {
        request("/slow", 200, 30_000);

        RouteStats stats = performance.snapshot(Duration.ofSeconds(1)).getFirst();

        assertThat(stats.p99Ms()).isCloseTo(30_000.0, within(1.0));
    }
}
