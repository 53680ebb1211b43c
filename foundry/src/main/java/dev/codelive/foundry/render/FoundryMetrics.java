package dev.codelive.foundry.render;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;

/**
 * SoundFoundry's own meters. The queue's depth and job counts are the platform's ({@code jobs_queue_depth} with
 * {@code queue="foundry.tracks"}); the providers' attempts and fallbacks are {@code foundry_provider_*}.
 */
public final class FoundryMetrics {
    private final MeterRegistry registry;
    private final Counter created;
    private final Counter failed;
    private final Counter charged;
    private final Counter refunded;

    public FoundryMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.created = Counter.builder("foundry.tracks.created").description("Tracks ordered").register(registry);
        this.failed = Counter.builder("foundry.tracks.failed").description("Tracks that failed or were cancelled").register(registry);
        this.charged = Counter.builder("foundry.credits.charged").description("Credits charged for tracks").register(registry);
        this.refunded = Counter.builder("foundry.credits.refunded").description("Credits given back for tracks not made").register(registry);
    }

    public void trackCreated(long credits) {
        created.increment();
        charged.increment(credits);
    }

    void trackFailed() {
        failed.increment();
    }

    void refunded(long credits) {
        refunded.increment(credits);
    }

    /** A job's end, by the provider that made the track ({@code none} when none did) and how it ended. */
    void jobFinished(String provider, String outcome, long nanos) {
        Timer.builder("foundry.track.job.duration")
                .description("From the start of a track's job attempt to its end")
                .tags("provider", provider, "outcome", outcome)
                .publishPercentileHistogram()
                .register(registry)
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    /** How many seconds of audio a provider made per second of wall time. */
    void rendered(String provider, double audioSeconds, long nanos) {
        DistributionSummary.builder("foundry.render.realtime.factor")
                .description("Seconds of audio made per second of wall time, by provider")
                .tag("provider", provider)
                .register(registry)
                .record(audioSeconds / Math.max(1e-9, nanos / 1e9));
    }

    /** A FLAC copy made on its first request: its wait is that request's. */
    void flacEncoded(long nanos) {
        Timer.builder("foundry.flac.encode.duration")
                .description("Making a track file's FLAC copy on its first request")
                .register(registry)
                .record(nanos, TimeUnit.NANOSECONDS);
    }
}
