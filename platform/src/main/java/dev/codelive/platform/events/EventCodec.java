package dev.codelive.platform.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.UUID;

/** Creates this replica's events and encodes them as bounded JSON, the form they travel in between replicas. */
final class EventCodec {
    private final ObjectMapper payloads;
    private final ObjectMapper envelopes = JsonMapper.builder()
            .findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();
    // A newer replica may add envelope fields during a rolling upgrade; older ones must still read its events.
    private final ObjectReader reader = envelopes.readerFor(Event.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final String origin;
    private final int maxBytes;

    /**
     * @param payloads converts payloads to JSON: the API's mapper, so clients see events in the API's style
     * @param origin the publishing replica's id
     * @param maxBytes largest encoded event
     */
    EventCodec(ObjectMapper payloads, String origin, int maxBytes) {
        this.payloads = payloads;
        this.origin = origin;
        this.maxBytes = maxBytes;
    }

    Event create(String topic, Object payload) {
        TopicPattern.checkTopic(topic);
        if (payload == null) {
            throw new IllegalArgumentException("an event needs a payload; publish an empty map when there is nothing to say");
        }
        JsonNode tree = payload instanceof JsonNode node ? node : payloads.valueToTree(payload);
        return new Event(UUID.randomUUID().toString(), topic, tree, origin, Instant.now());
    }

    /** The event as JSON bytes, refused when larger than the limit so that no replica receives what others cannot. */
    byte[] encode(Event event) {
        byte[] bytes;
        try {
            bytes = envelopes.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event on " + event.topic() + " cannot be encoded as JSON: " + e.getOriginalMessage(), e);
        }
        if (bytes.length > maxBytes) {
            throw new IllegalArgumentException("event on " + event.topic() + " is " + bytes.length + " bytes as JSON; the limit is "
                    + maxBytes + " (policy events.max_payload_bytes)");
        }
        return bytes;
    }

    /** An event published by any replica; malformed input fails with an exception. */
    Event decode(byte[] bytes) throws IOException {
        Event event = reader.readValue(bytes);
        TopicPattern.checkTopic(event.topic());
        return event;
    }
}
