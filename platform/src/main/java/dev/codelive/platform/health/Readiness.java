package dev.codelive.platform.health;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides whether this replica should receive traffic: after warm-up, before draining, and while every registered
 * dependency check passes. Checks run in parallel, each under the policy's deadline, so one hung dependency can
 * neither hang the probe nor hide the state of the others.
 */
public final class Readiness {
    private static final Logger LOG = LoggerFactory.getLogger(Readiness.class);

    /** A check that is not ok but does not make the replica unready (see {@link CheckResult#degraded}). */
    private static final String DEGRADED = "degraded";

    private enum Phase { WARMING, READY, WARMUP_FAILED, DRAINING }

    private record Named<T>(String name, T value) {}

    private final Duration checkTimeout;
    private final List<Named<ReadinessCheck>> checks = new ArrayList<>();
    private final List<Named<Warmup>> warmups = new ArrayList<>();
    private volatile Phase phase = Phase.WARMING;
    private volatile String warmupDetail = "warm-up has not run yet";

    public Readiness(Duration checkTimeout) {
        this.checkTimeout = checkTimeout;
    }

    public void addCheck(String name, ReadinessCheck check) {
        checks.add(new Named<>(name, check));
    }

    public void addWarmup(String name, Warmup warmup) {
        warmups.add(new Named<>(name, warmup));
    }

    /** Runs every warm-up in order; the first failure leaves the server unready, with the reason in {@code /ready}. */
    public void warmUp() {
        for (Named<Warmup> warmup : warmups) {
            warmupDetail = "running " + warmup.name();
            long start = System.nanoTime();
            try {
                warmup.value().run();
                LOG.info("warm-up {} done in {} ms", warmup.name(), (System.nanoTime() - start) / 1_000_000);
            } catch (Exception e) {
                LOG.error("warm-up {} failed", warmup.name(), e);
                warmupDetail = warmup.name() + " failed: " + e.getMessage();
                phase = Phase.WARMUP_FAILED;
                return;
            } catch (Throwable t) {
                phase = Phase.WARMUP_FAILED;
                warmupDetail = warmup.name() + " failed";
                throw t;
            }
        }
        warmupDetail = null;
        if (phase == Phase.WARMING) {
            phase = Phase.READY;
        }
    }

    /** From now on the replica reports unready, so that load balancers stop sending it new requests. */
    public void drain() {
        phase = Phase.DRAINING;
    }

    public ReadinessReport evaluate() {
        Map<String, ReadinessReport.Outcome> outcomes = new LinkedHashMap<>();
        outcomes.put("warmup", switch (phase) {
            case READY -> new ReadinessReport.Outcome("ok", null, null);
            case WARMING -> new ReadinessReport.Outcome("pending", warmupDetail, null);
            case WARMUP_FAILED -> new ReadinessReport.Outcome("failing", warmupDetail, null);
            case DRAINING -> new ReadinessReport.Outcome("draining", "the server is shutting down", null);
        });
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        try {
            List<Future<ReadinessReport.Outcome>> futures = new ArrayList<>();
            for (Named<ReadinessCheck> check : checks) {
                futures.add(executor.submit(() -> run(check.value())));
            }
            long deadline = System.nanoTime() + checkTimeout.toNanos();
            for (int i = 0; i < checks.size(); i++) {
                outcomes.put(checks.get(i).name(), await(futures.get(i), deadline));
            }
        } finally {
            // Not close(): that would wait for a hung check, which is exactly what the deadline prevents.
            executor.shutdownNow();
        }
        boolean ready = outcomes.values().stream().allMatch(outcome -> outcome.status().equals("ok") || outcome.status().equals(DEGRADED));
        return new ReadinessReport(ready, outcomes);
    }

    private ReadinessReport.Outcome await(Future<ReadinessReport.Outcome> future, long deadlineNanos) {
        try {
            return future.get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            return new ReadinessReport.Outcome("timeout", "no answer within " + checkTimeout.toMillis() + " ms", checkTimeout.toMillis());
        } catch (ExecutionException e) {
            return new ReadinessReport.Outcome("failing", String.valueOf(e.getCause().getMessage()), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ReadinessReport.Outcome("failing", "interrupted", null);
        }
    }

    private static ReadinessReport.Outcome run(ReadinessCheck check) {
        long start = System.nanoTime();
        CheckResult result;
        try {
            result = check.check();
        } catch (Exception e) {
            result = CheckResult.failing(e.getMessage() == null ? "the check failed without a message" : e.getMessage());
        }
        long latency = (System.nanoTime() - start) / 1_000_000;
        String status = result.healthy() ? "ok" : result.critical() ? "failing" : DEGRADED;
        return new ReadinessReport.Outcome(status, result.detail(), latency);
    }
}
