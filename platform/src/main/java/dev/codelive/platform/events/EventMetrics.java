package dev.codelive.platform.events;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** The counters of one bus, tagged {@code bus=local|redis}. */
record EventMetrics(Counter published, Counter delivered, Counter dropped, Counter listenerFailures, Counter publishFailures) {

    static EventMetrics register(MeterRegistry registry, String bus) {
        return new EventMetrics(
                counter(registry, "events.published", bus, "Events published by this replica"),
                counter(registry, "events.delivered", bus, "Events handed to a listener that returned normally"),
                counter(registry, "events.dropped", bus, "Events discarded because a subscriber's queue was full (oldest first)"),
                counter(registry, "events.listener.failures", bus, "Listener calls that threw"),
                counter(registry, "events.publish.failures", bus, "Publications that did not reach Redis in time (local subscribers had them)"));
    }

    private static Counter counter(MeterRegistry registry, String name, String bus, String description) {
        return Counter.builder(name).tag("bus", bus).description(description).register(registry);
    }
}
