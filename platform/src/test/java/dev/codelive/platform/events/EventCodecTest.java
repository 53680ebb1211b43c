package dev.codelive.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codelive.platform.config.Policy.JsonPolicy;
import dev.codelive.platform.json.JsonMappers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JSON form events take between replicas. */
class EventCodecTest {
    private final EventCodec codec = new EventCodec(JsonMappers.api(new JsonPolicy(32, 100_000)), "replica-a", 2048);

    @Test
    void anEncodedEventDecodesToTheSameEvent() throws IOException {
        Event event = codec.create("jobs.progress", Map.of("job_id", "j-1", "percent", 40, "nested", Map.of("list", java.util.List.of(1, 2))));

        assertThat(codec.decode(codec.encode(event))).isEqualTo(event);
    }

    @Test
    void fieldsAddedByANewerReplicaAreIgnored() throws IOException {
        String json = """
                {"id":"e-1","topic":"jobs.progress","payload":{"n":1},"origin":"replica-b","at":"2026-11-21T10:00:00Z","priority":"high"}""";

        Event event = codec.decode(json.getBytes(StandardCharsets.UTF_8));

        assertThat(event.origin()).isEqualTo("replica-b");
        assertThat(event.payload().path("n").asInt()).isEqualTo(1);
    }

    @Test
    void malformedMessagesAreRejected() {
        for (String json : new String[] {
                "not json",
                "{}",
                "{\"id\":\"e\",\"topic\":\"t\",\"payload\":{},\"origin\":\"o\"}",
                "{\"id\":\"e\",\"topic\":\"bad topic\",\"payload\":{},\"origin\":\"o\",\"at\":\"2026-11-21T10:00:00Z\"}",
                "{\"id\":\"e\",\"topic\":\"t\",\"payload\":{},\"origin\":\"o\",\"at\":\"yesterday\"}",
                "[1,2]"}) {
            assertThatThrownBy(() -> codec.decode(json.getBytes(StandardCharsets.UTF_8))).as(json)
                    .isInstanceOfAny(IOException.class, IllegalArgumentException.class);
        }
    }

    @Test
    void theSizeLimitCountsTheWholeEncodedEvent() {
        Event justUnder = codec.create("t", Map.of("text", "x".repeat(1800)));
        Event over = codec.create("t", Map.of("text", "x".repeat(2048)));

        assertThat(codec.encode(justUnder).length).isLessThanOrEqualTo(2048);
        assertThatThrownBy(() -> codec.encode(over)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2048");
    }
}
