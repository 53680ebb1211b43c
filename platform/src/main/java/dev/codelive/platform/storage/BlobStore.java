package dev.codelive.platform.storage;

import java.io.InputStream;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Named binary content (audio, covers, uploads): on local disk or in an S3-compatible bucket, with the same guarantees.
 *
 * <ul>
 *   <li>A put is all or nothing: readers see the old content or the new, never a partial one, and a put that fails
 *       (the content stream throws, storage is full, the length is wrong) leaves no trace.</li>
 *   <li>Concurrent puts of one key leave exactly one of the values, complete.</li>
 *   <li>Missing keys are answered with {@link Optional#empty()}, and deleting one is not an error.</li>
 * </ul>
 *
 * <p>Failures of the storage itself are {@link BlobStoreException}s; an invalid key or content type is an
 * {@link IllegalArgumentException}.
 */
public interface BlobStore extends AutoCloseable {
    /** The {@code length} to pass to {@link #put} when the caller does not know it in advance. */
    long UNKNOWN_LENGTH = -1;
    /** Most entries one {@link #list} call returns. */
    int MAX_PAGE_SIZE = 1000;

    /**
     * Stores {@code content}, replacing any blob of that key once the whole stream has been read and stored.
     *
     * @param length the exact number of bytes the stream holds, or {@link #UNKNOWN_LENGTH}; a stream that turns out
     *     shorter or longer is refused
     * @param contentType a media type such as {@code audio/flac}
     * @return what was stored, with the SHA-256 of the content
     * @throws BlobStoreException when the content stream or the storage fails; nothing is stored then
     */
    BlobInfo put(BlobKey key, InputStream content, long length, String contentType);

    /** Opens the blob for reading; the caller closes it. */
    Optional<Blob> open(BlobKey key);

    /**
     * Opens the blob for reading from byte {@code offset} on (for HTTP range requests); the caller closes it. The
     * stream holds {@code info().size() - offset} bytes; an offset at or past the end gives an empty stream.
     *
     * @throws IllegalArgumentException for a negative offset
     */
    Optional<Blob> open(BlobKey key, long offset);

    /** What is known about the blob, without reading its content. */
    Optional<BlobInfo> stat(BlobKey key);

    default boolean exists(BlobKey key) {
        return stat(key).isPresent();
    }

    /** Removes the blob; removing a missing blob is not an error. */
    void delete(BlobKey key);

    /**
     * Lists blobs whose keys start with {@code prefix}, in ascending key order.
     *
     * @param prefix empty for all, else the start of a key, e.g. {@code tracks/} (see {@link BlobKey#checkPrefix})
     * @param after empty to start at the beginning, else a {@link BlobPage#next()} cursor: only keys after it follow
     * @param limit most entries to return, 1 to {@link #MAX_PAGE_SIZE}
     */
    BlobPage list(String prefix, String after, int limit);

    /** Every blob under {@code prefix}, fetched page by page as the stream is consumed. */
    default Stream<BlobSummary> stream(String prefix) {
        BlobKey.checkPrefix(prefix);
        Spliterator<BlobSummary> pages = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {
            private BlobPage page;
            private int index;

            @Override
            public boolean tryAdvance(Consumer<? super BlobSummary> action) {
                while (page == null || index == page.items().size()) {
                    if (page != null && page.next().isEmpty()) {
                        return false;
                    }
                    page = list(prefix, page == null ? "" : page.next().get(), MAX_PAGE_SIZE);
                    index = 0;
                }
                action.accept(page.items().get(index++));
                return true;
            }
        };
        return StreamSupport.stream(pages, false);
    }

    /**
     * Writes, reads back and removes a small probe object where blobs go, for readiness.
     *
     * @throws BlobStoreException saying why storage is not usable
     */
    void checkWritable();

    /** Where the blobs are, for logs: {@code local /data/blobs} or {@code s3 bucket at endpoint}; never a secret. */
    String describe();

    /** Releases clients and connections; the store is unusable afterwards. */
    @Override
    void close();

    /** Refuses a negative offset for {@link #open(BlobKey, long)}. */
    static void requireOffset(long offset) {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative, got " + offset);
        }
    }
}
