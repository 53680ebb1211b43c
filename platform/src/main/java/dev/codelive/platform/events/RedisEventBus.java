package dev.codelive.platform.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codelive.platform.config.Policy.EventsPolicy;
import dev.codelive.platform.http.gate.WarningThrottle;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.lettuce.core.resource.ClientResources;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The event bus of replicas that share Redis: each event reaches this replica's subscribers at once and every other
 * replica's through one pub/sub channel per namespace ({@code <namespace>:events}).
 *
 * <p>A replica delivers its own events locally when they are published and ignores their echo from Redis (recognised
 * by {@link Event#origin()}), rather than waiting for the round trip: its own subscribers then get them exactly once,
 * without the latency, and even while Redis is away. Publishing to Redis is asynchronous: while Redis is unreachable,
 * publications fail fast (or after {@code events.publish_timeout_ms}) and are counted, and requests never wait.
 *
 * <p>Lettuce reconnects and re-subscribes on its own. Redis keeps no pub/sub history, so events published meanwhile are
 * lost; after a re-subscription this bus therefore publishes {@link EventBus#RESYNC}, locally and to every replica.
 */
public final class RedisEventBus implements EventBus {
    private static final Logger LOG = LoggerFactory.getLogger(RedisEventBus.class);
    private static final Duration RESYNC_RETRY = Duration.ofSeconds(1);
    private static final int RESYNC_ATTEMPTS = 30;
    /** Publications in flight at most; beyond that Redis is too slow and further ones fail at once. */
    private static final int MAX_IN_FLIGHT = 10_000;

    private final String replicaId = UUID.randomUUID().toString();
    private final String channel;
    private final Duration publishTimeout;
    private final EventCodec codec;
    private final EventMetrics metrics;
    private final LocalDelivery delivery;
    private final RedisClient client;
    private final AtomicBoolean subscribedBefore = new AtomicBoolean();
    private final WarningThrottle publishWarnings = new WarningThrottle(Duration.ofSeconds(10));
    private final WarningThrottle receiveWarnings = new WarningThrottle(Duration.ofSeconds(10));
    private StatefulRedisConnection<String, byte[]> publisher;
    private StatefulRedisPubSubConnection<String, byte[]> subscriber;
    private volatile boolean closed;

    private RedisEventBus(RedisClient client, String namespace, ObjectMapper json, EventsPolicy policy, MeterRegistry registry) {
        this.client = client;
        this.channel = namespace + ":events";
        this.publishTimeout = Duration.ofMillis(policy.publishTimeoutMs());
        this.codec = new EventCodec(json, replicaId, policy.maxPayloadBytes());
        this.metrics = EventMetrics.register(registry, kind());
        this.delivery = new LocalDelivery(policy.subscriberQueue(), metrics);
    }

    /**
     * Opens a publishing and a subscribing connection (pub/sub needs its own) and subscribes.
     *
     * @param resources the process's shared Lettuce resources (event loops, reconnect delay)
     * @param namespace prefix of the channel, so that several deployments (or test runs) can share one Redis
     * @throws io.lettuce.core.RedisException when Redis cannot be reached
     */
    public static RedisEventBus connect(ClientResources resources, RedisURI uri, String namespace, ObjectMapper json, EventsPolicy policy,
                                        MeterRegistry registry) {
        RedisClient client = RedisClient.create(resources, uri);
        client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                // While disconnected, publications fail at once instead of queueing up and arriving late.
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .requestQueueSize(MAX_IN_FLIGHT)
                .timeoutOptions(TimeoutOptions.enabled(Duration.ofMillis(policy.publishTimeoutMs())))
                .build());
        RedisEventBus bus = new RedisEventBus(client, namespace, json, policy, registry);
        try {
            bus.open();
            return bus;
        } catch (RuntimeException e) {
            bus.close();
            throw e;
        }
    }

    private void open() {
        RedisCodec<String, byte[]> bytes = RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);
        publisher = client.connect(bytes);
        subscriber = client.connectPubSub(bytes);
        subscriber.addListener(new RedisPubSubAdapter<>() {
            @Override
            public void message(String from, byte[] message) {
                receive(message);
            }

            @Override
            public void subscribed(String to, long count) {
                if (subscribedBefore.getAndSet(true)) {
                    resync();
                }
            }
        });
        subscriber.sync().subscribe(channel);
    }

    @Override
    public Event publish(String topic, Object payload) {
        Event event = codec.create(topic, payload);
        byte[] encoded = codec.encode(event);
        metrics.published().increment();
        delivery.deliver(event);
        send(event, encoded);
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
        return "redis";
    }

    private void send(Event event, byte[] encoded) {
        try {
            publisher.async().publish(channel, encoded).whenComplete((receivers, error) -> {
                if (error != null) {
                    publishFailed(event, error);
                }
            });
        } catch (RuntimeException e) {
            publishFailed(event, e);
        }
    }

    private void publishFailed(Event event, Throwable error) {
        metrics.publishFailures().increment();
        if (!closed && publishWarnings.tryAcquire()) {
            LOG.warn("event on {} did not reach Redis ({}); other replicas miss it until they resync (further failures counted"
                    + " in events_publish_failures_total, logged at most every 10 s)", event.topic(), error.getMessage());
        }
    }

    /** Runs on Lettuce's event loop: decodes and queues, never blocks. */
    private void receive(byte[] message) {
        Event event;
        try {
            event = codec.decode(message);
        } catch (IOException | RuntimeException e) {
            if (receiveWarnings.tryAcquire()) {
                LOG.warn("ignored a malformed message on Redis channel {}: {}", channel, e.getMessage());
            }
            return;
        }
        if (!event.origin().equals(replicaId)) {
            delivery.deliver(event);
        }
    }

    /**
     * After an outage, tells this replica's subscribers and every other replica's to reload what events keep fresh:
     * any of them may have missed events, including ones this replica failed to publish.
     */
    private void resync() {
        LOG.info("event subscription restored after a Redis outage; asking every replica to resync");
        Event event = codec.create(RESYNC, Map.of("reason", "redis subscription restored"));
        metrics.published().increment();
        delivery.deliver(event);
        byte[] encoded = codec.encode(event);
        // The publishing connection reconnects on its own schedule: retry until it is back, off the event loop.
        Thread.ofVirtual().name("event-resync").start(() -> sendResync(encoded));
    }

    private void sendResync(byte[] encoded) {
        for (int attempt = 1; attempt <= RESYNC_ATTEMPTS && !closed; attempt++) {
            try {
                publisher.async().publish(channel, encoded).get(publishTimeout.toMillis() + 100, TimeUnit.MILLISECONDS);
                return;
            } catch (ExecutionException | TimeoutException | RuntimeException e) {
                sleep(RESYNC_RETRY);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (!closed) {
            metrics.publishFailures().increment();
            LOG.warn("could not ask other replicas to resync after a Redis outage; their caches refresh when they expire");
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops receiving first, so that nothing arrives for subscriptions being closed. */
    @Override
    public void close() {
        closed = true;
        if (subscriber != null) {
            subscriber.close();
        }
        if (publisher != null) {
            publisher.close();
        }
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        delivery.close();
    }
}
