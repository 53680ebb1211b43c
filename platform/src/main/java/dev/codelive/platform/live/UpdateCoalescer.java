package dev.codelive.platform.live;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Caps how often one client's updates are processed, keeping only the newest pending one.
 *
 * <p>A client dragging a fader sends far more updates than anyone needs processed; each client gets at most one
 * delivery per interval, and an update that arrives inside the interval replaces any older pending one, so the
 * last value is always delivered and nothing stale is. Deliveries for one client never overlap.
 *
 * @param <K> client key (a session id)
 * @param <T> update type
 */
public final class UpdateCoalescer<K, T> implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(UpdateCoalescer.class);

    private final long intervalNanos;
    private final BiConsumer<K, T> sink;
    private final ScheduledExecutorService scheduler;
    private final LongSupplier clock;
    private final ConcurrentMap<K, Slot<T>> slots = new ConcurrentHashMap<>();

    /** Per-client state, guarded by its own monitor. */
    private static final class Slot<T> {
        T pending;
        boolean hasPending;
        boolean scheduled;
        long lastDeliveryNanos;
        boolean delivered;
    }

    /** @param maxPerSecond deliveries per client per second (the policy's {@code live.max_update_hz}) */
    public UpdateCoalescer(int maxPerSecond, BiConsumer<K, T> sink) {
        this(Duration.ofNanos(1_000_000_000L / maxPerSecond), sink,
                Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("coalescer").daemon().factory()),
                System::nanoTime);
    }

    UpdateCoalescer(Duration interval, BiConsumer<K, T> sink, ScheduledExecutorService scheduler, LongSupplier clock) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("interval must be positive");
        }
        this.intervalNanos = interval.toNanos();
        this.sink = sink;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    /** Offers an update; it is delivered now, or at the client's next slot unless a newer one replaces it first. */
    public void submit(K client, T update) {
        Slot<T> slot = slots.computeIfAbsent(client, ignored -> new Slot<>());
        long delay;
        synchronized (slot) {
            slot.pending = update;
            slot.hasPending = true;
            if (slot.scheduled) {
                return;
            }
            slot.scheduled = true;
            long sinceLast = clock.getAsLong() - slot.lastDeliveryNanos;
            delay = slot.delivered ? Math.max(0, intervalNanos - sinceLast) : 0;
        }
        scheduler.schedule(() -> deliver(client, slot), delay, TimeUnit.NANOSECONDS);
    }

    /** Drops a client's state, e.g. when its socket closes; a pending update is discarded. */
    public void forget(K client) {
        Slot<T> slot = slots.remove(client);
        if (slot != null) {
            synchronized (slot) {
                slot.hasPending = false;
                slot.pending = null;
            }
        }
    }

    private void deliver(K client, Slot<T> slot) {
        T update;
        synchronized (slot) {
            slot.scheduled = false;
            if (!slot.hasPending) {
                return;
            }
            update = slot.pending;
            slot.pending = null;
            slot.hasPending = false;
            slot.lastDeliveryNanos = clock.getAsLong();
            slot.delivered = true;
            // Hold the slot as scheduled while the sink runs, so that the next delivery cannot overlap this one.
            slot.scheduled = true;
        }
        try {
            sink.accept(client, update);
        } catch (RuntimeException e) {
            LOG.warn("processing a live update failed", e);
        } finally {
            long delay;
            synchronized (slot) {
                if (!slot.hasPending) {
                    slot.scheduled = false;
                    return;
                }
                delay = Math.max(0, intervalNanos - (clock.getAsLong() - slot.lastDeliveryNanos));
            }
            scheduler.schedule(() -> deliver(client, slot), delay, TimeUnit.NANOSECONDS);
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
