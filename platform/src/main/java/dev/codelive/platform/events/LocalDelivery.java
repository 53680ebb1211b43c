package dev.codelive.platform.events;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** This replica's subscribers: hands each event to the matching ones, whose listeners run on virtual threads. */
final class LocalDelivery implements AutoCloseable {
    private static final long CLOSE_WAIT_SECONDS = 5;

    private final List<QueuedSubscription> subscriptions = new CopyOnWriteArrayList<>();
    private final ExecutorService listeners = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("event-listener-", 0).factory());
    private final int queueCapacity;
    private final EventMetrics metrics;
    private volatile boolean closed;

    LocalDelivery(int queueCapacity, EventMetrics metrics) {
        this.queueCapacity = queueCapacity;
        this.metrics = metrics;
    }

    Subscription subscribe(String pattern, EventListener listener) {
        Objects.requireNonNull(listener, "listener");
        TopicPattern parsed = TopicPattern.parse(pattern);
        if (closed) {
            throw new IllegalStateException("the event bus is closed");
        }
        QueuedSubscription subscription = new QueuedSubscription(parsed, listener, queueCapacity, listeners, metrics, subscriptions::remove);
        subscriptions.add(subscription);
        return subscription;
    }

    /** Queues {@code event} for every matching subscriber; never waits for a listener. */
    void deliver(Event event) {
        for (QueuedSubscription subscription : subscriptions) {
            if (subscription.matches(event.topic())) {
                subscription.offer(event);
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        subscriptions.forEach(QueuedSubscription::close);
        listeners.shutdown();
        try {
            // Listeners already running may finish; one that hangs must not hold up shutdown.
            if (!listeners.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                listeners.shutdownNow();
            }
        } catch (InterruptedException e) {
            listeners.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
