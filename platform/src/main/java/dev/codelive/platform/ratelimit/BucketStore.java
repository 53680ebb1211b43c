package dev.codelive.platform.ratelimit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;

/** Where token buckets live: in this process, or in Redis so that every replica draws from the same bucket. */
public interface BucketStore extends AutoCloseable {

    /** The bucket stored under {@code key}, created with {@code configuration} on first use. */
    Bucket bucket(String key, BucketConfiguration configuration);

    /** "memory" or "redis", for the boot log and diagnostics. */
    String kind();

    @Override
    void close();
}
