package dev.codelive.platform.events;

import java.util.ArrayDeque;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One subscriber's bounded queue, drained by at most one virtual thread at a time, which is what keeps its events in
 * order. A full queue drops its oldest event: for live state (progress, transport position) the newest matters most,
 * and a stuck listener must not grow memory without bound.
 */
final class QueuedSubscription implements Subscription {
    private static final Logger LOG = LoggerFactory.getLogger(QueuedSubscription.class);

    private final TopicPattern pattern;
    private final EventListener listener;
    private final int capacity;
    private final Executor executor;
    private final EventMetrics metrics;
    private final Consumer<QueuedSubscription> onClose;
    private final ReentrantLock lock = new ReentrantLock();
    private final ArrayDeque<Event> queue = new ArrayDeque<>();
    private final AtomicLong dropped = new AtomicLong();
    private boolean draining; // guarded by lock
    private volatile boolean closed;

    QueuedSubscription(TopicPattern pattern, EventListener listener, int capacity, Executor executor, EventMetrics metrics,
                       Consumer<QueuedSubscription> onClose) {
        this.pattern = pattern;
        this.listener = listener;
        this.capacity = capacity;
        this.executor = executor;
        this.metrics = metrics;
        this.onClose = onClose;
    }

    boolean matches(String topic) {
        return pattern.matches(topic);
    }

    /** Queues {@code event} without waiting; starts a drain when none is running. */
    void offer(Event event) {
        if (closed) {
            return;
        }
        boolean startDrain;
        lock.lock();
        try {
            if (queue.size() >= capacity) {
                queue.pollFirst();
                dropped.incrementAndGet();
                metrics.dropped().increment();
            }
            queue.addLast(event);
            startDrain = !draining;
            draining = true;
        } finally {
            lock.unlock();
        }
        if (startDrain) {
            try {
                executor.execute(this::drain);
            } catch (RejectedExecutionException e) {
                close(); // the bus is shutting down
            }
        }
    }

    private void drain() {
        boolean finished = false;
        try {
            for (Event next = take(); next != null; next = take()) {
                deliver(next);
            }
            finished = true;
        } finally {
            if (!finished) {
                // An Error escaped a listener: let the next offer start a new drain rather than stall forever.
                lock.lock();
                try {
                    draining = false;
                } finally {
                    lock.unlock();
                }
            }
        }
    }

    /** The next event, or null after marking the drain finished, atomically with respect to {@link #offer}. */
    private Event take() {
        lock.lock();
        try {
            Event next = closed ? null : queue.pollFirst();
            if (next == null) {
                draining = false;
            }
            return next;
        } finally {
            lock.unlock();
        }
    }

    private void deliver(Event event) {
        try {
            listener.onEvent(event);
            metrics.delivered().increment();
        } catch (RuntimeException e) {
            metrics.listenerFailures().increment();
            LOG.warn("listener on '{}' failed for event {} on {}", pattern.text(), event.id(), event.topic(), e);
        }
    }

    @Override
    public String pattern() {
        return pattern.text();
    }

    @Override
    public long dropped() {
        return dropped.get();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        lock.lock();
        try {
            queue.clear();
        } finally {
            lock.unlock();
        }
        onClose.accept(this);
    }
}
