package dev.codelive.platform.events;

/** A listener's interest in a topic pattern; closing it stops deliveries and discards what is still queued. */
public interface Subscription extends AutoCloseable {

    /** The topic or pattern subscribed to. */
    String pattern();

    /** Events this subscriber lost because it fell behind by more than its queue holds. */
    long dropped();

    @Override
    void close();
}
