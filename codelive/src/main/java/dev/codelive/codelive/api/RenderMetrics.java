package dev.codelive.codelive.api;

import dev.codelive.codelive.knobs.Fallback;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Set;

/**
 * {@code codelive_render_duration_seconds{backend}} (a histogram: operators alert on its p95),
 * {@code codelive_renders_total{backend,status}} and {@code codelive_fallbacks_total{backend,from,reason}}, whose
 * ratio to the renders is the "fallback ratio", and {@code codelive_render_executions_total{backend,status,verified}}
 * for {@code execute} (verified false with status ok is a Code Live bug). Tags take only known values, so no client
 * can grow the series.
 */
final class RenderMetrics {
    /** Statuses: rendered; refused (422 for the snippet or this backend); invalid request; budget exceeded; a bug. */
    enum Status {
        OK, REFUSED, INVALID, BUDGET, ERROR
    }

    private final MeterRegistry registry;
    private final Set<String> backends;

    RenderMetrics(MeterRegistry registry, Set<String> backends) {
        this.registry = registry;
        this.backends = Set.copyOf(backends);
    }

    void rendered(String backend, Status status, long nanos) {
        String tag = backend != null && backends.contains(backend) ? backend : "unknown";
        Timer.builder("codelive.render.duration")
                .description("Server-side render time of one track, parse to generated source")
                .tag("backend", tag)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1).dividedBy(10))
                .maximumExpectedValue(Duration.ofSeconds(5))
                .register(registry)
                .record(Duration.ofNanos(nanos));
        Counter.builder("codelive.renders").description("Tracks rendered, by outcome")
                .tag("backend", tag).tag("status", status.name().toLowerCase(java.util.Locale.ROOT))
                .register(registry).increment();
    }

    /** A rendered program run in the sandbox ({@code execute}); status is the run's, one of the execute API's few. */
    void executed(String backend, String status, boolean verified) {
        Counter.builder("codelive.render.executions").description("Rendered programs run in the sandbox, by run status and whether "
                        + "they printed exactly what CPython prints")
                .tag("backend", backend).tag("status", status).tag("verified", Boolean.toString(verified))
                .register(registry).increment();
    }

    void fellBack(String backend, Fallback fallback) {
        Counter.builder("codelive.fallbacks").description("Renders where a knob could not apply and the safe form was rendered")
                .tag("backend", backend).tag("from", fallback.from()).tag("reason", fallback.code())
                .register(registry).increment();
    }
}
