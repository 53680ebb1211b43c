package dev.codelive.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.codelive.platform.events.LocalEventBusTest.Received;
import dev.codelive.platform.testing.RequiresService;
import dev.codelive.platform.testing.RequiresService.Service;
import dev.codelive.platform.testing.TcpProxy;
import dev.codelive.platform.testing.TestServer;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Events between replicas that share Redis: each replica receives each event once, and an outage heals. */
@RequiresService(Service.REDIS)
class RedisEventBusTest {
    private static final URI REDIS = URI.create(Service.REDIS.location());

    private static TestServer replica(String namespace, String redisUrl) {
        return TestServer.builder().env("REDIS_URL", redisUrl).redisNamespace(namespace).start();
    }

    @Test
    void anEventReachesEveryReplicaOfItsNamespaceExactlyOnce() {
        String namespace = "events-" + UUID.randomUUID();
        try (TestServer a = replica(namespace, REDIS.toString());
             TestServer b = replica(namespace, REDIS.toString());
             TestServer elsewhere = replica("events-" + UUID.randomUUID(), REDIS.toString())) {
            EventBus busA = a.platform().events();
            EventBus busB = b.platform().events();
            assertThat(busA.kind()).isEqualTo("redis");
            assertThat(busA.replicaId()).isNotEqualTo(busB.replicaId());
            Received onA = new Received();
            Received onB = new Received();
            Received onOther = new Received();
            busA.subscribe("test.*", onA);
            busB.subscribe("test.*", onB);
            elsewhere.platform().events().subscribe("*", onOther);

            Event hello = busA.publish("test.hello", Map.of("n", 1));

            await().atMost(Duration.ofSeconds(5)).until(() -> onB.size() == 1);
            assertThat(onB.events.getFirst()).isEqualTo(hello);
            assertThat(onB.events.getFirst().origin()).isEqualTo(busA.replicaId());

            // B's fence reaches A through Redis after A's own echo of hello, which A must have ignored.
            busB.publish("test.fence", Map.of("n", 2));
            await().atMost(Duration.ofSeconds(5)).until(() -> onA.size() == 2);
            assertThat(onA.topics()).containsExactly("test.hello", "test.fence");
            assertThat(onB.topics()).containsExactly("test.hello", "test.fence");
            assertThat(onOther.size()).as("another namespace hears nothing").isZero();
            assertThat(a.platform().metrics().get("events.published").tag("bus", "redis").counter().count()).isEqualTo(1);
        }
    }

    @Test
    void publishingDuringAnOutageServesLocalSubscribersWithoutWaitingAndDeliveryResumesAfterIt() {
        String namespace = "events-" + UUID.randomUUID();
        try (TcpProxy proxy = new TcpProxy(REDIS.getHost(), REDIS.getPort());
             // A publish timeout far longer than the test's bound: a publication that waited for Redis would show.
             TestServer a = TestServer.builder().env("REDIS_URL", "redis://127.0.0.1:" + proxy.port()).redisNamespace(namespace)
                     .policy("events: { publish_timeout_ms: 30000 }").start();
             TestServer b = replica(namespace, REDIS.toString())) {
            EventBus busA = a.platform().events();
            EventBus busB = b.platform().events();
            Received onA = new Received();
            Received onB = new Received();
            Received resyncOnA = new Received();
            Received resyncOnB = new Received();
            busA.subscribe("test.*", onA);
            busB.subscribe("test.*", onB);
            busA.subscribe(EventBus.RESYNC, resyncOnA);
            busB.subscribe(EventBus.RESYNC, resyncOnB);
            busA.publish("test.before", Map.of());
            await().atMost(Duration.ofSeconds(5)).until(() -> onB.size() == 1);

            proxy.cut();
            long start = System.nanoTime();
            busA.publish("test.during", Map.of());
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("publish does not wait for Redis").isLessThan(Duration.ofSeconds(5));

            await().atMost(Duration.ofSeconds(5)).until(() -> onA.topics().contains("test.during"));
            await().atMost(Duration.ofSeconds(35)).until(() -> a.platform().metrics().get("events.publish.failures").tag("bus", "redis").counter().count() >= 1);
            assertThat(onB.topics()).containsExactly("test.before");

            proxy.restore();

            // A's subscription comes back; A resyncs itself and asks B to do the same, since B missed "during".
            await().atMost(Duration.ofSeconds(30)).until(() -> resyncOnA.size() >= 1 && resyncOnB.size() >= 1);
            assertThat(resyncOnB.events.getFirst().origin()).isEqualTo(busA.replicaId());
            busA.publish("test.after", Map.of());
            busB.publish("test.reply", Map.of());
            await().atMost(Duration.ofSeconds(10)).until(() -> onB.topics().contains("test.after") && onA.topics().contains("test.reply"));
            // Two publishers: their events may interleave either way; "during" was lost with the outage.
            assertThat(onB.topics()).containsExactlyInAnyOrder("test.before", "test.after", "test.reply");
        }
    }
}
