package dev.codelive.platform.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import java.time.Duration;

/** Buckets in process memory, for a single replica. Idle buckets are evicted once they would be full again. */
public final class LocalBucketStore implements BucketStore {
    private final Cache<String, Bucket> buckets;

    /** @param idleExpiry at least the longest refill period in use, so that eviction never forgives a spent quota */
    public LocalBucketStore(Duration idleExpiry, long maxBuckets) {
        this.buckets = Caffeine.newBuilder().expireAfterAccess(idleExpiry).maximumSize(maxBuckets).build();
    }

    @Override
    public Bucket bucket(String key, BucketConfiguration configuration) {
        return buckets.get(key, ignored -> {
            var builder = Bucket.builder();
            for (var bandwidth : configuration.getBandwidths()) {
                builder.addLimit(bandwidth);
            }
            return builder.build();
        });
    }

    @Override
    public String kind() {
        return "memory";
    }

    @Override
    public void close() {
        buckets.invalidateAll();
    }
}
