package dev.codelive.platform.events;

/**
 * Publish/subscribe between modules, and between replicas when backed by Redis.
 *
 * <p>Topics are 1-200 characters of {@code A-Z a-z 0-9 _ . : -}, starting with a letter, digit or {@code _}, such as
 * {@code jobs.progress} or {@code transport.changed:room-7}. A subscription names a topic exactly, or a prefix
 * followed by {@code *} ({@code jobs.*}; {@code *} alone is every topic).
 *
 * <p>Guarantees: every subscriber receives each matching event at most once, in the order its publisher published
 * it, on a virtual thread of its own, so a slow listener delays nobody else. A subscriber that falls behind by more
 * than its queue holds loses the oldest waiting events (counted in {@link Subscription#dropped()} and the
 * {@code events_dropped_total} metric). Publishing never waits for listeners or for Redis.
 */
public interface EventBus extends AutoCloseable {
    /**
     * Published when this replica may have missed events from other replicas (its Redis subscription was restored
     * after an outage): whoever caches state kept fresh by events should reload it.
     */
    String RESYNC = "events.resync";

    /**
     * Publishes {@code payload} (a record, map or {@code JsonNode}, converted to snake_case JSON) on {@code topic}.
     *
     * @return the event as subscribers receive it
     * @throws IllegalArgumentException when the topic is malformed or the encoded event exceeds the size limit
     */
    Event publish(String topic, Object payload);

    /**
     * Calls {@code listener} for every event on a topic matching {@code pattern}, until the subscription is closed.
     *
     * @throws IllegalArgumentException when the pattern is malformed
     */
    Subscription subscribe(String pattern, EventListener listener);

    /** This process's identity on the bus, the {@link Event#origin()} of what it publishes. */
    String replicaId();

    /** {@code local} or {@code redis}, as in metrics and logs. */
    String kind();

    /** Closes every subscription and stops listener threads. */
    @Override
    void close();
}
