package dev.codelive.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.codelive.platform.config.Policy.EventsPolicy;
import dev.codelive.platform.config.Policy.JsonPolicy;
import dev.codelive.platform.json.JsonMappers;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Publish/subscribe within one replica: matching, order, isolation of slow listeners, overflow, unsubscribe. */
class LocalEventBusTest {
    record Progress(String jobId, int percent) {}

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private LocalEventBus bus = bus(1024);

    private LocalEventBus bus(int queue) {
        return new LocalEventBus(JsonMappers.api(new JsonPolicy(32, 100_000)), new EventsPolicy(queue, 4096, 1000), registry);
    }

    @AfterEach
    void close() {
        bus.close();
    }

    /** Collects what a listener receives; thread-safe. */
    static final class Received implements EventListener {
        final List<Event> events = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void onEvent(Event event) {
            events.add(event);
        }

        List<String> topics() {
            synchronized (events) {
                return events.stream().map(Event::topic).toList();
            }
        }

        List<Integer> numbers() {
            synchronized (events) {
                return events.stream().map(event -> event.payload().path("n").asInt()).toList();
            }
        }

        int size() {
            return events.size();
        }
    }

    @Test
    void subscribersReceiveTheirTopicsAndPatternsWithTheEnvelope() {
        Received exact = new Received();
        Received jobs = new Received();
        Received everything = new Received();
        Received other = new Received();
        bus.subscribe("jobs.progress", exact);
        bus.subscribe("jobs.*", jobs);
        bus.subscribe("*", everything);
        bus.subscribe("transport.changed", other);

        Event published = bus.publish("jobs.progress", new Progress("j-1", 40));
        bus.publish("jobs", Map.of());
        bus.publish("jobs.done:j-1", Map.of());
        bus.publish("transport.changed", Map.of("position", 12));

        await().atMost(Duration.ofSeconds(5)).until(() -> everything.size() == 4);
        assertThat(exact.topics()).containsExactly("jobs.progress");
        assertThat(jobs.topics()).as("a prefix pattern does not match the bare prefix").containsExactly("jobs.progress", "jobs.done:j-1");
        assertThat(everything.topics()).containsExactly("jobs.progress", "jobs", "jobs.done:j-1", "transport.changed");
        await().atMost(Duration.ofSeconds(5)).until(() -> other.size() == 1);

        Event received = exact.events.getFirst();
        assertThat(received).isEqualTo(published);
        assertThat(received.payload().toString()).as("payloads use the API's snake_case").isEqualTo("{\"job_id\":\"j-1\",\"percent\":40}");
        assertThat(received.origin()).isEqualTo(bus.replicaId());
        assertThat(received.id()).isNotBlank();
        assertThat(received.at()).isBetween(Instant.now().minusSeconds(60), Instant.now());
        assertThat(jobs.events.getFirst().id()).as("each publication has its own id").isNotEqualTo(jobs.events.get(1).id());
    }

    @Test
    void aJsonPayloadIsPassedAsItIs() {
        Received received = new Received();
        bus.subscribe("raw", received);
        JsonNode payload = JsonNodeFactory.instance.objectNode().put("camelCase", true);

        bus.publish("raw", payload);

        await().atMost(Duration.ofSeconds(5)).until(() -> received.size() == 1);
        assertThat(received.events.getFirst().payload()).isEqualTo(payload);
    }

    @Test
    void eachSubscriberGetsEveryPublishersEventsInPublicationOrder() throws InterruptedException {
        int publishers = 4;
        int perPublisher = 2000;
        Received first = new Received();
        Received second = new Received();
        bus.close();
        bus = bus(publishers * perPublisher);
        bus.subscribe("seq.*", first);
        bus.subscribe("seq.*", second);

        List<Thread> threads = new ArrayList<>();
        for (int p = 0; p < publishers; p++) {
            String topic = "seq." + p;
            threads.add(Thread.ofVirtual().start(() -> {
                for (int n = 0; n < perPublisher; n++) {
                    bus.publish(topic, Map.of("n", n));
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }

        for (Received received : List.of(first, second)) {
            await().atMost(Duration.ofSeconds(20)).until(() -> received.size() == publishers * perPublisher);
            for (int p = 0; p < publishers; p++) {
                String topic = "seq." + p;
                List<Integer> order;
                synchronized (received.events) {
                    order = received.events.stream().filter(event -> event.topic().equals(topic)).map(event -> event.payload().path("n").asInt()).toList();
                }
                assertThat(order).as("order on %s", topic).hasSize(perPublisher).isSorted().doesNotHaveDuplicates();
            }
        }
        assertThat(counter("events.dropped")).isZero();
    }

    @Test
    void aStuckListenerDelaysNobodyAndLosesItsOldestEvents() throws InterruptedException {
        bus.close();
        bus = bus(10);
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Received slow = new Received();
        Received fast = new Received();
        Subscription stuck = bus.subscribe("load", event -> {
            entered.countDown();
            awaitQuietly(release);
            slow.onEvent(event);
        });
        bus.subscribe("load", fast);

        bus.publish("load", Map.of("n", 1));
        assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();
        for (int n = 2; n <= 100; n++) {
            bus.publish("load", Map.of("n", n));
            int published = n;
            // The fast subscriber keeps up event by event while the other one is stuck.
            await().atMost(Duration.ofSeconds(5)).until(() -> fast.size() == published);
        }

        assertThat(fast.numbers()).hasSize(100).isSorted();
        assertThat(slow.size()).as("still stuck in the first event").isZero();
        assertThat(stuck.dropped()).as("99 waited for a queue of 10").isEqualTo(89);
        assertThat(counter("events.dropped")).isEqualTo(89);

        release.countDown();
        await().atMost(Duration.ofSeconds(5)).until(() -> slow.size() == 11);
        List<Integer> expected = new ArrayList<>(List.of(1));
        for (int n = 91; n <= 100; n++) {
            expected.add(n);
        }
        assertThat(slow.numbers()).as("the oldest waiting events were dropped, the newest kept, in order").isEqualTo(expected);
    }

    @Test
    void aClosedSubscriptionReceivesNothingMoreNotEvenWhatWasQueued() throws InterruptedException {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Received closing = new Received();
        Received fence = new Received();
        Subscription subscription = bus.subscribe("topic", event -> {
            closing.onEvent(event);
            entered.countDown();
            awaitQuietly(release);
        });
        bus.subscribe("topic", fence);

        bus.publish("topic", Map.of("n", 1));
        assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();
        bus.publish("topic", Map.of("n", 2));
        subscription.close();
        subscription.close();
        release.countDown();
        bus.publish("topic", Map.of("n", 3));

        await().atMost(Duration.ofSeconds(5)).until(() -> fence.size() == 3);
        // The fence subscriber has had every event; give the closed one a moment to (wrongly) catch up.
        Thread.sleep(200);
        assertThat(closing.numbers()).containsExactly(1);
    }

    @Test
    void aThrowingListenerKeepsItsSubscriptionAndIsCounted() {
        Received received = new Received();
        bus.subscribe("flaky", event -> {
            if (event.payload().path("n").asInt() == 1) {
                throw new IllegalStateException("listener bug");
            }
            received.onEvent(event);
        });

        bus.publish("flaky", Map.of("n", 1));
        bus.publish("flaky", Map.of("n", 2));

        await().atMost(Duration.ofSeconds(5)).until(() -> received.size() == 1);
        assertThat(received.numbers()).containsExactly(2);
        assertThat(counter("events.listener.failures")).isEqualTo(1);
        assertThat(counter("events.delivered")).isEqualTo(1);
    }

    @Test
    void malformedTopicsPatternsAndPayloadsAreRefused() {
        Received everything = new Received();
        bus.subscribe("*", everything);

        for (String topic : new String[] {"", "Bad Topic", ".leading", "-leading", "jobs.*", "x".repeat(201), "naïve", "a\nb"}) {
            assertThatThrownBy(() -> bus.publish(topic, Map.of())).as(topic).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> bus.publish(null, Map.of())).isInstanceOf(IllegalArgumentException.class);
        for (String pattern : new String[] {"", "a*b", "*.x", "**", "bad topic*"}) {
            assertThatThrownBy(() -> bus.subscribe(pattern, everything)).as(pattern).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> bus.publish("big", Map.of("text", "x".repeat(5000))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("events.max_payload_bytes");
        assertThatThrownBy(() -> bus.publish("none", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> bus.publish("unserialisable", new Object())).isInstanceOf(IllegalArgumentException.class);
        assertThat(bus.publish("x".repeat(200), Map.of()).topic()).hasSize(200);

        await().atMost(Duration.ofSeconds(5)).until(() -> everything.size() == 1);
        assertThat(counter("events.published")).as("refused publications are not counted").isEqualTo(1);
    }

    @Test
    void closingTheBusEndsSubscriptionsAndRefusesNewOnes() {
        Received received = new Received();
        bus.subscribe("topic", received);

        bus.close();
        bus.publish("topic", Map.of());

        assertThatThrownBy(() -> bus.subscribe("topic", new Received())).isInstanceOf(IllegalStateException.class);
        assertThat(received.size()).isZero();
    }

    private double counter(String name) {
        return registry.get(name).tag("bus", "local").counter().count();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
