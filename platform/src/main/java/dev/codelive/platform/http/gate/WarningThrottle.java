package dev.codelive.platform.http.gate;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** Allows one warning per interval, so that an outage hit by every request logs once, not thousands of times. */
public final class WarningThrottle {
    private final long intervalNanos;
    private final AtomicLong nextAllowedNanos = new AtomicLong(Long.MIN_VALUE);

    public WarningThrottle(Duration interval) {
        this.intervalNanos = interval.toNanos();
    }

    public boolean tryAcquire() {
        long now = System.nanoTime();
        long next = nextAllowedNanos.get();
        return (next == Long.MIN_VALUE || now - next >= 0) && nextAllowedNanos.compareAndSet(next, now + intervalNanos);
    }
}
