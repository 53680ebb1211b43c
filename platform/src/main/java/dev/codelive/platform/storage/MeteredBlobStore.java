package dev.codelive.platform.storage;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Measures another store: {@code storage_operations_seconds{operation,outcome}} (latency, and failures as
 * {@code outcome="failure"}) and {@code storage_bytes_total{direction}} (bytes stored, and bytes read as callers consume
 * the streams).
 */
public final class MeteredBlobStore implements BlobStore {
    private final BlobStore delegate;
    private final MeterRegistry registry;
    private final Counter bytesIn;
    private final Counter bytesOut;

    public MeteredBlobStore(BlobStore delegate, MeterRegistry registry) {
        this.delegate = delegate;
        this.registry = registry;
        this.bytesIn = Counter.builder("storage.bytes").tag("direction", "in").description("Bytes stored as blobs").register(registry);
        this.bytesOut = Counter.builder("storage.bytes").tag("direction", "out").description("Bytes of blobs read").register(registry);
    }

    @Override
    public BlobInfo put(BlobKey key, InputStream content, long length, String contentType) {
        BlobInfo info = timed("put", () -> delegate.put(key, content, length, contentType));
        bytesIn.increment(info.size());
        return info;
    }

    @Override
    public Optional<Blob> open(BlobKey key) {
        return timed("open", () -> delegate.open(key))
                .map(blob -> new Blob(blob.info(), new CountingInputStream(blob.content(), bytesOut)));
    }

    @Override
    public Optional<Blob> open(BlobKey key, long offset) {
        return timed("open", () -> delegate.open(key, offset))
                .map(blob -> new Blob(blob.info(), new CountingInputStream(blob.content(), bytesOut)));
    }

    @Override
    public Optional<BlobInfo> stat(BlobKey key) {
        return timed("stat", () -> delegate.stat(key));
    }

    @Override
    public void delete(BlobKey key) {
        timed("delete", () -> {
            delegate.delete(key);
            return null;
        });
    }

    @Override
    public BlobPage list(String prefix, String after, int limit) {
        return timed("list", () -> delegate.list(prefix, after, limit));
    }

    @Override
    public void checkWritable() {
        timed("probe", () -> {
            delegate.checkWritable();
            return null;
        });
    }

    @Override
    public String describe() {
        return delegate.describe();
    }

    @Override
    public void close() {
        delegate.close();
    }

    private <T> T timed(String operation, Supplier<T> call) {
        long start = System.nanoTime();
        String outcome = "failure";
        try {
            T result = call.get();
            outcome = "success";
            return result;
        } finally {
            Timer.builder("storage.operations")
                    .description("Blob storage operations")
                    .tag("operation", operation)
                    .tag("outcome", outcome)
                    .register(registry)
                    .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }

    /** Counts bytes as the caller reads them, so a download abandoned halfway counts only what was sent. */
    private static final class CountingInputStream extends FilterInputStream {
        private final Counter counter;

        CountingInputStream(InputStream in, Counter counter) {
            super(in);
            this.counter = counter;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counter.increment();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                counter.increment(read);
            }
            return read;
        }
    }
}
