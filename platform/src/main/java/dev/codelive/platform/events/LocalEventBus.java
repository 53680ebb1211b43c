package dev.codelive.platform.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codelive.platform.config.Policy.EventsPolicy;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.UUID;

/** The event bus of a single replica (no {@code REDIS_URL}): events reach this process's subscribers only. */
public final class LocalEventBus implements EventBus {
    private final String replicaId = UUID.randomUUID().toString();
    private final EventCodec codec;
    private final EventMetrics metrics;
    private final LocalDelivery delivery;

    /**
     * @param json the API's mapper, which turns payloads into JSON
     * @param policy queue and size limits
     * @param registry where the {@code events_*} counters go
     */
    public LocalEventBus(ObjectMapper json, EventsPolicy policy, MeterRegistry registry) {
        this.codec = new EventCodec(json, replicaId, policy.maxPayloadBytes());
        this.metrics = EventMetrics.register(registry, kind());
        this.delivery = new LocalDelivery(policy.subscriberQueue(), metrics);
    }

    @Override
    public Event publish(String topic, Object payload) {
        Event event = codec.create(topic, payload);
        // Encoded only for the size check: what works on one replica must work on several.
        codec.encode(event);
        metrics.published().increment();
        delivery.deliver(event);
        return event;
    }

    @Override
    public Subscription subscribe(String pattern, EventListener listener) {
        return delivery.subscribe(pattern, listener);
    }

    @Override
    public String replicaId() {
        return replicaId;
    }

    @Override
    public String kind() {
        return "local";
    }

    @Override
    public void close() {
        delivery.close();
    }
}
