package dev.codelive.platform.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every {@link BlobStore} promises, run against each implementation by a subclass that supplies a fresh, empty
 * store and can look behind it for leftovers.
 */
abstract class BlobStoreContract {
    protected BlobStore store;

    /** A new, empty store. */
    protected abstract BlobStore createStore() throws Exception;

    /** Names of anything the store holds that is not a blob: temporary files, spooled uploads, stray objects. */
    protected abstract List<String> leftovers() throws Exception;

    @BeforeEach
    final void openStore() throws Exception {
        store = createStore();
    }

    @AfterEach
    final void closeStore() {
        store.close();
    }

    @Test
    void largeStreamedContentRoundTripsByteForByteWithItsDigest() throws Exception {
        long size = 6L * 1024 * 1024 + 12_345;
        BlobKey key = BlobKey.of("tracks/42/master.flac");

        BlobInfo stored = store.put(key, new GeneratedStream(size, 7), BlobStore.UNKNOWN_LENGTH, "audio/flac");

        String expectedSha = sha256(new GeneratedStream(size, 7));
        assertThat(stored.size()).isEqualTo(size);
        assertThat(stored.sha256()).hasValue(expectedSha);
        assertThat(stored.contentType()).isEqualTo("audio/flac");
        try (Blob blob = store.open(key).orElseThrow()) {
            assertThat(blob.info().size()).isEqualTo(size);
            assertThat(blob.info().sha256()).hasValue(expectedSha);
            assertThat(blob.info().contentType()).isEqualTo("audio/flac");
            assertThat(blob.info().etag()).isEqualTo(stored.etag()).isNotBlank();
            assertThat(sameContent(blob.content(), new GeneratedStream(size, 7))).as("content matches byte for byte").isTrue();
        }
        BlobInfo stat = store.stat(key).orElseThrow();
        assertThat(stat.size()).isEqualTo(size);
        assertThat(stat.sha256()).hasValue(expectedSha);
        assertThat(stat.lastModified()).isBetween(Instant.now().minus(Duration.ofMinutes(1)), Instant.now().plus(Duration.ofMinutes(1)));
        assertThat(store.exists(key)).isTrue();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void contentOfDeclaredLengthAndEmptyContentRoundTrip() throws Exception {
        BlobKey key = BlobKey.of("covers/1.png");
        byte[] bytes = "not really a png".getBytes(StandardCharsets.UTF_8);
        assertThat(store.put(key, new ByteArrayInputStream(bytes), bytes.length, "image/png").size()).isEqualTo(bytes.length);
        assertThat(read(key)).isEqualTo(bytes);

        BlobKey empty = BlobKey.of("empty");
        BlobInfo info = store.put(empty, InputStream.nullInputStream(), 0, "application/octet-stream");
        assertThat(info.size()).isZero();
        assertThat(info.sha256()).hasValue("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(read(empty)).isEmpty();
    }

    @Test
    void openingAtAnOffsetReadsTheRestWithTheWholeBlobsInfo() throws Exception {
        BlobKey key = BlobKey.of("tracks/range.wav");
        byte[] bytes = new byte[100_000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31 + 7);
        }
        BlobInfo stored = store.put(key, new ByteArrayInputStream(bytes), bytes.length, "audio/wav");

        try (Blob tail = store.open(key, 65_536).orElseThrow()) {
            assertThat(tail.info().size()).as("the whole blob's size").isEqualTo(bytes.length);
            assertThat(tail.info().etag()).isEqualTo(stored.etag());
            assertThat(tail.content().readAllBytes()).isEqualTo(Arrays.copyOfRange(bytes, 65_536, bytes.length));
        }
        try (Blob last = store.open(key, bytes.length - 1).orElseThrow()) {
            assertThat(last.content().readAllBytes()).containsExactly(bytes[bytes.length - 1]);
        }
        try (Blob past = store.open(key, bytes.length + 10).orElseThrow()) {
            assertThat(past.content().readAllBytes()).isEmpty();
            assertThat(past.info().size()).isEqualTo(bytes.length);
        }
        assertThat(store.open(BlobKey.of("tracks/none.wav"), 10)).isEmpty();
        assertThatThrownBy(() -> store.open(key, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void overwritingReplacesContentTypeAndEtag() throws Exception {
        BlobKey key = BlobKey.of("notes/readme");
        BlobInfo first = store.put(key, text("first version, longer than the second"), BlobStore.UNKNOWN_LENGTH, "text/plain");
        BlobInfo second = store.put(key, text("second"), BlobStore.UNKNOWN_LENGTH, "text/markdown; charset=utf-8");

        assertThat(new String(read(key), StandardCharsets.UTF_8)).isEqualTo("second");
        BlobInfo stat = store.stat(key).orElseThrow();
        assertThat(stat.contentType()).isEqualTo("text/markdown; charset=utf-8");
        assertThat(stat.size()).isEqualTo(6);
        assertThat(second.etag()).isNotEqualTo(first.etag());
        assertThat(store.list("", "", 10).items()).extracting(BlobSummary::key).containsExactly(key);
    }

    @Test
    void aMissingKeyIsEmptyNotAnError() {
        BlobKey key = BlobKey.of("no/such/blob");
        assertThat(store.open(key)).isEmpty();
        assertThat(store.stat(key)).isEmpty();
        assertThat(store.exists(key)).isFalse();
    }

    @Test
    void deleteRemovesTheBlobAndIsIdempotent() throws Exception {
        BlobKey key = BlobKey.of("a/b/c");
        BlobKey sibling = BlobKey.of("a/b/d");
        store.put(key, text("c"), BlobStore.UNKNOWN_LENGTH, "text/plain");
        store.put(sibling, text("d"), BlobStore.UNKNOWN_LENGTH, "text/plain");

        store.delete(key);
        store.delete(key);
        store.delete(BlobKey.of("never/there"));

        assertThat(store.open(key)).isEmpty();
        assertThat(read(sibling)).isEqualTo("d".getBytes(StandardCharsets.UTF_8));
        store.delete(sibling);
        assertThat(store.list("", "", 10).items()).isEmpty();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void listingIsInKeyOrderFilteredByPrefixAndPaged() {
        List<String> keys = List.of("a", "a-z", "a.b", "a/1", "a/2", "a/b/3", "a/b/4", "ab", "b/1", "B", "a/b.c", "a0");
        for (String key : keys) {
            store.put(BlobKey.of(key), text(key), BlobStore.UNKNOWN_LENGTH, "text/plain");
        }
        List<String> sorted = keys.stream().sorted().toList();

        assertThat(keysOf(store.list("", "", 100))).containsExactlyElementsOf(sorted);
        assertThat(keysOf(store.list("a/", "", 100))).containsExactly("a/1", "a/2", "a/b.c", "a/b/3", "a/b/4");
        assertThat(keysOf(store.list("a/b", "", 100))).containsExactly("a/b.c", "a/b/3", "a/b/4");
        assertThat(keysOf(store.list("a", "", 100))).containsExactlyElementsOf(sorted.stream().filter(k -> k.startsWith("a")).toList());
        assertThat(keysOf(store.list("zzz", "", 100))).isEmpty();
        assertThat(store.list("a/1", "", 100).items()).singleElement()
                .satisfies(summary -> assertThat(summary.size()).isEqualTo(3));

        List<String> paged = new ArrayList<>();
        String cursor = "";
        int pages = 0;
        while (true) {
            BlobPage page = store.list("", cursor, 5);
            assertThat(page.items()).hasSizeLessThanOrEqualTo(5);
            paged.addAll(keysOf(page));
            pages++;
            if (page.next().isEmpty()) {
                break;
            }
            cursor = page.next().get();
        }
        assertThat(paged).containsExactlyElementsOf(sorted);
        assertThat(pages).isEqualTo(3);
        assertThat(keysOf(store.list("a/", "a/2", 100))).containsExactly("a/b.c", "a/b/3", "a/b/4");
        assertThat(store.stream("a/b").map(summary -> summary.key().value()).toList()).containsExactly("a/b.c", "a/b/3", "a/b/4");

        assertThatThrownBy(() -> store.list("../", "", 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.list("", "", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.list("", "", BlobStore.MAX_PAGE_SIZE + 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../x", "/etc/passwd", "a/../../b", "a\\b", "a\u0000b", "", ".", "..", "a/./b", "a//b", "a/",
            ".hidden", "a/.tmp/x", "C:\\Windows", "%2e%2e/x", "a b", "a\nb", "tracks/\u00e9", "~/x"})
    void hostileKeysAreRejectedBeforeTouchingStorage(String raw) throws Exception {
        assertThatThrownBy(() -> store.put(BlobKey.of(raw), text("x"), BlobStore.UNKNOWN_LENGTH, "text/plain"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("invalid blob key")
                .hasMessageNotContaining("\u0000").hasMessageNotContaining("\n");
        assertThat(store.list("", "", 10).items()).isEmpty();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void overlongKeysAreRejected() {
        String longest = "k/".repeat(511) + "kk";
        assertThat(BlobKey.of(longest).value()).hasSize(BlobKey.MAX_LENGTH);
        assertThatThrownBy(() -> BlobKey.of(longest + "k")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("longer than 1024");
        String longestSegment = "s".repeat(BlobKey.MAX_SEGMENT_LENGTH);
        assertThatThrownBy(() -> BlobKey.of(longestSegment + "s")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("segment is longer");
        store.put(BlobKey.of(longestSegment), text("ok"), BlobStore.UNKNOWN_LENGTH, "text/plain");
        store.put(BlobKey.of(longest), text("ok"), BlobStore.UNKNOWN_LENGTH, "text/plain");
        assertThat(store.exists(BlobKey.of(longestSegment))).isTrue();
        assertThat(store.exists(BlobKey.of(longest))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "text", "text/plain\r\nX-Injected: 1", "text/ plain", "a/b/c"})
    void invalidContentTypesAreRejected(String contentType) throws Exception {
        assertThatThrownBy(() -> store.put(BlobKey.of("k"), text("x"), BlobStore.UNKNOWN_LENGTH, contentType))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("content type");
        assertThat(store.exists(BlobKey.of("k"))).isFalse();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void concurrentWritersOfOneKeyLeaveExactlyOneCompleteValue() throws Exception {
        BlobKey key = BlobKey.of("contended/value");
        int writers = 6;
        int size = 512 * 1024;
        CountDownLatch start = new CountDownLatch(1);
        AtomicBoolean writing = new AtomicBoolean(true);
        ConcurrentLinkedQueue<String> torn = new ConcurrentLinkedQueue<>();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<?> reader = executor.submit(() -> {
                start.await();
                while (writing.get()) {
                    store.open(key).ifPresent(blob -> {
                        try (blob) {
                            byte[] bytes = blob.content().readAllBytes();
                            if (bytes.length != size || !uniform(bytes) || !blob.info().sha256().orElseThrow().equals(sha256(bytes))) {
                                torn.add(bytes.length + " bytes, uniform " + uniform(bytes));
                            }
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                }
                return null;
            });
            List<Future<BlobInfo>> puts = new ArrayList<>();
            for (int writer = 0; writer < writers; writer++) {
                byte fill = (byte) ('A' + writer);
                puts.add(executor.submit(() -> {
                    start.await();
                    return store.put(key, new FilledStream(size, fill), BlobStore.UNKNOWN_LENGTH, "application/octet-stream");
                }));
            }
            start.countDown();
            try {
                for (Future<BlobInfo> put : puts) {
                    assertThat(put.get().size()).isEqualTo(size);
                }
            } finally {
                writing.set(false);
            }
            reader.get();
        }
        byte[] last = read(key);
        assertThat(last).hasSize(size);
        assertThat(uniform(last)).as("one writer's bytes only").isTrue();
        assertThat(last[0]).isBetween((byte) 'A', (byte) ('A' + writers - 1));
        assertThat(store.stat(key).orElseThrow().sha256()).hasValue(sha256(last));
        assertThat(torn).as("readers never saw a partial or mixed value").isEmpty();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aContentStreamThatFailsMidwayLeavesNoBlobAndNoTrace() throws Exception {
        BlobKey existing = BlobKey.of("keep/me");
        store.put(existing, text("the old value"), BlobStore.UNKNOWN_LENGTH, "text/plain");

        assertThatThrownBy(() -> store.put(existing, new FailingStream(3 * 1024 * 1024), BlobStore.UNKNOWN_LENGTH, "text/plain"))
                .isInstanceOf(BlobStoreException.class)
                .hasMessageContaining("reading the content for blob 'keep/me' failed")
                .hasMessageContaining("client went away");
        BlobKey fresh = BlobKey.of("never/complete");
        assertThatThrownBy(() -> store.put(fresh, new FailingStream(1024 * 1024), 5 * 1024 * 1024, "audio/wav"))
                .isInstanceOf(BlobStoreException.class);

        assertThat(new String(read(existing), StandardCharsets.UTF_8)).isEqualTo("the old value");
        assertThat(store.exists(fresh)).isFalse();
        assertThat(keysOf(store.list("", "", 10))).containsExactly("keep/me");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void contentThatDoesNotMatchTheDeclaredLengthIsRefused() throws Exception {
        BlobKey key = BlobKey.of("exact");
        assertThatThrownBy(() -> store.put(key, text("eleven char"), 10, "text/plain"))
                .isInstanceOf(BlobStoreException.class).hasMessageContaining("longer than the declared 10 bytes");
        assertThatThrownBy(() -> store.put(key, text("nine char"), 10, "text/plain"))
                .isInstanceOf(BlobStoreException.class).hasMessageContaining("ended after 9 of the declared 10 bytes");
        assertThatThrownBy(() -> store.put(key, text("x"), -2, "text/plain")).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.exists(key)).isFalse();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void theWritabilityProbePassesAndLeavesNothingBehind() throws Exception {
        store.checkWritable();
        store.checkWritable();
        assertThat(store.list("", "", 10).items()).isEmpty();
        assertThat(leftovers()).isEmpty();
        assertThat(store.describe()).isNotBlank();
    }

    protected final byte[] read(BlobKey key) throws IOException {
        Optional<Blob> blob = store.open(key);
        assertThat(blob).as("blob " + key).isPresent();
        try (Blob open = blob.get()) {
            return open.content().readAllBytes();
        }
    }

    protected static InputStream text(String value) {
        return new ByteArrayInputStream(value.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> keysOf(BlobPage page) {
        return page.items().stream().map(summary -> summary.key().value()).toList();
    }

    private static boolean uniform(byte[] bytes) {
        for (byte b : bytes) {
            if (b != bytes[0]) {
                return false;
            }
        }
        return true;
    }

    static String sha256(byte[] bytes) {
        return sha256(new ByteArrayInputStream(bytes));
    }

    static String sha256(InputStream in) {
        try (in) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[65536];
            for (int read; (read = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean sameContent(InputStream actual, InputStream expected) throws IOException {
        try (actual; expected) {
            byte[] a = new byte[8192];
            byte[] b = new byte[8192];
            while (true) {
                int readA = actual.readNBytes(a, 0, a.length);
                int readB = expected.readNBytes(b, 0, b.length);
                if (readA != readB || !java.util.Arrays.equals(a, 0, readA, b, 0, readB)) {
                    return false;
                }
                if (readA == 0) {
                    return true;
                }
            }
        }
    }

    /** Deterministic pseudo-random bytes, produced as read, so large content never sits in memory. */
    static final class GeneratedStream extends InputStream {
        private final SplittableRandom random;
        private long remaining;

        GeneratedStream(long size, long seed) {
            this.random = new SplittableRandom(seed);
            this.remaining = size;
        }

        @Override
        public int read() {
            if (remaining == 0) {
                return -1;
            }
            remaining--;
            return random.nextInt(256);
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (remaining == 0) {
                return -1;
            }
            int count = (int) Math.min(length, remaining);
            for (int i = 0; i < count; i++) {
                buffer[offset + i] = (byte) random.nextInt(256);
            }
            remaining -= count;
            return count;
        }
    }

    /** {@code size} copies of one byte. */
    private static final class FilledStream extends InputStream {
        private final byte fill;
        private int remaining;

        FilledStream(int size, byte fill) {
            this.remaining = size;
            this.fill = fill;
        }

        @Override
        public int read() {
            return remaining-- > 0 ? fill & 0xff : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (remaining <= 0) {
                return -1;
            }
            int count = Math.min(length, remaining);
            java.util.Arrays.fill(buffer, offset, offset + count, fill);
            remaining -= count;
            return count;
        }
    }

    /** Delivers {@code before} bytes, then fails as a dropped upload connection would. */
    private static final class FailingStream extends InputStream {
        private final GeneratedStream delegate;
        private long remaining;

        FailingStream(long before) {
            this.delegate = new GeneratedStream(before, 3);
            this.remaining = before;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (remaining == 0) {
                throw new IOException("client went away");
            }
            int read = delegate.read(buffer, offset, (int) Math.min(length, remaining));
            remaining -= read;
            return read;
        }
    }
}
