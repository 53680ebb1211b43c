package dev.codelive.platform.ratelimit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;

/**
 * Buckets in Redis, shared by all replicas. Bucket4j updates them with compare-and-swap, so concurrent requests on
 * different replicas cannot both spend the last token.
 */
public final class RedisBucketStore implements BucketStore {
    private final ProxyManager<String> buckets;
    private final String namespace;

    /**
     * @param connection a connection with String keys and byte[] values, owned by the caller
     * @param namespace prefix of every key, so that several deployments (or test runs) can share one Redis
     */
    public RedisBucketStore(StatefulRedisConnection<String, byte[]> connection, String namespace) {
        this.namespace = namespace;
        this.buckets = Bucket4jLettuce.casBasedBuilder(connection)
                // A bucket that would be full again carries no information; let Redis drop it shortly after.
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
                .requestTimeout(Duration.ofSeconds(2))
                .build();
    }

    @Override
    public Bucket bucket(String key, BucketConfiguration configuration) {
        return buckets.getProxy(namespace + ":ratelimit:" + key, () -> configuration);
    }

    @Override
    public String kind() {
        return "redis";
    }

    @Override
    public void close() {
        // The connection belongs to whoever opened it.
    }
}
