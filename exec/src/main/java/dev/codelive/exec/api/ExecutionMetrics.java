package dev.codelive.exec.api;

import dev.codelive.exec.language.Language;
import dev.codelive.exec.run.ExecutionReport;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * Live execution's meters: executions by language and status, compile/run/queue duration histograms, active
 * executions and queue depth, and refusals by reason.
 */
final class ExecutionMetrics {
    private final MeterRegistry registry;

    ExecutionMetrics(MeterRegistry registry, ExecutionSlots slots) {
        this.registry = registry;
        Gauge.builder("codelive_executions_active", slots, ExecutionSlots::active)
                .description("Executions holding a sandbox on this replica").register(registry);
        Gauge.builder("codelive_executions_queue_depth", slots, ExecutionSlots::waiting)
                .description("Callers waiting for a free sandbox on this replica").register(registry);
    }

    void executed(Language language, ExecutionReport report) {
        Counter.builder("codelive_executions_total").description("Executions by language and status")
                .tag("language", language.wire()).tag("status", report.status().wire()).register(registry).increment();
        timer("queue", language).record(Duration.ofMillis(report.queueMs()));
        timer("run", language).record(Duration.ofMillis(report.runMs()));
        report.compileMs().ifPresent(ms -> timer("compile", language).record(Duration.ofMillis(ms)));
        report.memoryKb().ifPresent(kb -> DistributionSummary.builder("codelive_execution_memory_bytes").baseUnit("bytes")
                .description("Peak memory of a run").tag("language", language.wire()).register(registry).record(kb * 1024.0));
    }

    void refused(String reason) {
        Counter.builder("codelive_executions_refused_total").description("Executions refused before they ran, by reason")
                .tag("reason", reason).register(registry).increment();
    }

    private Timer timer(String phase, Language language) {
        return Timer.builder("codelive_execution_duration").description("Time an execution spent in a phase: queue, compile or run")
                .tag("phase", phase).tag("language", language.wire()).publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofMinutes(2)).register(registry);
    }
}
