package dev.codelive.platform.events;

/** Receives the events of a subscription, one at a time and in publication order, never on the publisher's thread. */
@FunctionalInterface
public interface EventListener {
    void onEvent(Event event);
}
