package dev.codelive.platform.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.CountAtBucket;
import io.micrometer.core.instrument.distribution.HistogramSnapshot;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Latency quantiles, throughput and error rate per route, read from the {@code http.server.requests} timers.
 * Quantiles are estimated from the latency buckets (linear within a bucket), so they are as precise as the
 * buckets around them: finest near the 150 ms target.
 */
public final class RoutePerformance {
    private final MeterRegistry registry;

    public RoutePerformance(MeterRegistry registry) {
        this.registry = registry;
    }

    /**
     * @param errorRate share of answers that were server errors (5xx)
     * @param requestsPerSecond average over {@code window}
     * @param p50Ms median latency; null before the first request
     */
    public record RouteStats(String method, String route, long requests, long serverErrors, long clientErrors, double errorRate,
                             double requestsPerSecond, Double p50Ms, Double p95Ms, Double p99Ms, double maxMs) {}

    /** Every route that has answered at least once, busiest first, with rates averaged over {@code window}. */
    public List<RouteStats> snapshot(Duration window) {
        Map<String, Accumulator> byRoute = new LinkedHashMap<>();
        for (Timer timer : registry.find("http.server.requests").timers()) {
            String method = timer.getId().getTag("method");
            String route = timer.getId().getTag("route");
            int status = Integer.parseInt(timer.getId().getTag("status"));
            byRoute.computeIfAbsent(method + " " + route, key -> new Accumulator(method, route)).add(timer.takeSnapshot(), status);
        }
        double seconds = Math.max(1, window.toMillis() / 1000.0);
        List<RouteStats> stats = new ArrayList<>();
        for (Accumulator route : byRoute.values()) {
            stats.add(route.stats(seconds));
        }
        stats.sort(Comparator.comparingLong(RouteStats::requests).reversed().thenComparing(RouteStats::route));
        return stats;
    }

    /** Sums one route's timers over every status: bucket counts share bounds, so they add up. */
    private static final class Accumulator {
        private final String method;
        private final String route;
        private final TreeMap<Double, Double> cumulativeByBoundMs = new TreeMap<>();
        private long requests;
        private long serverErrors;
        private long clientErrors;
        private double maxMs;

        Accumulator(String method, String route) {
            this.method = method;
            this.route = route;
        }

        void add(HistogramSnapshot snapshot, int status) {
            requests += snapshot.count();
            if (status >= 500) {
                serverErrors += snapshot.count();
            } else if (status >= 400) {
                clientErrors += snapshot.count();
            }
            maxMs = Math.max(maxMs, snapshot.max(TimeUnit.MILLISECONDS));
            for (CountAtBucket bucket : snapshot.histogramCounts()) {
                cumulativeByBoundMs.merge(bucket.bucket(TimeUnit.MILLISECONDS), bucket.count(), Double::sum);
            }
        }

        RouteStats stats(double seconds) {
            return new RouteStats(method, route, requests, serverErrors, clientErrors,
                    requests == 0 ? 0 : (double) serverErrors / requests, requests / seconds,
                    quantile(0.50), quantile(0.95), quantile(0.99), maxMs);
        }

        private Double quantile(double q) {
            if (requests == 0) {
                return null;
            }
            double target = q * requests;
            double previousBound = 0;
            double previousCount = 0;
            for (var bucket : cumulativeByBoundMs.entrySet()) {
                double count = bucket.getValue();
                if (count >= target) {
                    double share = count == previousCount ? 0 : (target - previousCount) / (count - previousCount);
                    double estimate = previousBound + share * (bucket.getKey() - previousBound);
                    // The recent maximum, when it falls inside this bucket, is a tighter upper bound than its edge.
                    return maxMs > previousBound ? Math.min(estimate, maxMs) : estimate;
                }
                previousBound = bucket.getKey();
                previousCount = count;
            }
            // Beyond the largest bucket: the slowest request seen is the best bound available.
            return Math.max(maxMs, previousBound);
        }
    }
}
