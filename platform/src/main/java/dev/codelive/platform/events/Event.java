package dev.codelive.platform.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Objects;

/**
 * Something that happened, as every subscriber receives it. The payload is shared by all of this replica's
 * subscribers: treat it as read-only.
 *
 * @param id unique per publication
 * @param topic what it is about, e.g. {@code jobs.progress}
 * @param payload the publisher's data, as JSON (snake_case, like the API)
 * @param origin the replica that published it ({@link EventBus#replicaId()})
 * @param at when it was published
 */
public record Event(String id, String topic, JsonNode payload, String origin, Instant at) {

    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(at, "at");
    }
}
