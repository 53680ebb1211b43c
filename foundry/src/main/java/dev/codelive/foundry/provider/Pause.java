package dev.codelive.foundry.provider;

import java.time.Duration;
import java.util.concurrent.CancellationException;

/** Waiting that a job's cancel cuts short: sleeps in slices and calls {@link GenerationContext#checkpoint()} between them. */
final class Pause {
    private static final long SLICE_MILLIS = 50;

    private Pause() {}

    static void sleep(Duration duration, GenerationContext context) {
        long end = System.nanoTime() + duration.toNanos();
        context.checkpoint();
        long left;
        while ((left = end - System.nanoTime()) > 0) {
            try {
                Thread.sleep(Math.min(SLICE_MILLIS, Math.max(1, left / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw interrupted();
            }
            context.checkpoint();
        }
    }

    /** What an interrupted wait or HTTP exchange throws: the worker is stopping, the job will be taken up again. */
    static CancellationException interrupted() {
        return new CancellationException("interrupted while waiting for a music provider");
    }
}
