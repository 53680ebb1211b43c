package dev.codelive.platform.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** What every store does with incoming content: check the request, then copy it while hashing and counting. */
final class Uploads {
    /** Longest content type: the header line it becomes must stay small. */
    static final int MAX_CONTENT_TYPE_LENGTH = 255;
    private static final String TOKEN = "[A-Za-z0-9!#$&^_.+-]+";
    private static final Pattern CONTENT_TYPE = Pattern.compile(
            TOKEN + "/" + TOKEN + "(\\s*;\\s*" + TOKEN + "=(" + TOKEN + "|\"[^\"\\\\\\p{Cntrl}]*\"))*");
    private static final int BUFFER_BYTES = 64 * 1024;
    /** Older temporary files belong to a process that died mid-upload; younger ones may be another process's. */
    static final Duration STALE_AFTER = Duration.ofHours(1);

    private Uploads() {}

    /**
     * The size and digests of copied content.
     *
     * @param size bytes copied
     * @param sha256 lower-case hex SHA-256
     * @param md5 raw MD5, for S3's {@code Content-MD5} integrity check
     */
    record Copied(long size, String sha256, byte[] md5) {}

    /** @throws IllegalArgumentException when the arguments of a put are unusable, before anything is written */
    static void checkRequest(InputStream content, long length, String contentType) {
        if (content == null) {
            throw new IllegalArgumentException("content must not be null");
        }
        if (length < BlobStore.UNKNOWN_LENGTH) {
            throw new IllegalArgumentException("length must be " + BlobStore.UNKNOWN_LENGTH + " (unknown) or at least 0, got " + length);
        }
        if (contentType == null || contentType.length() > MAX_CONTENT_TYPE_LENGTH || !CONTENT_TYPE.matcher(contentType).matches()) {
            throw new IllegalArgumentException("invalid content type: expected a media type such as audio/flac, at most "
                    + MAX_CONTENT_TYPE_LENGTH + " characters");
        }
    }

    /**
     * Copies all of {@code in} to {@code out}, telling a failing source from failing storage.
     *
     * @throws BlobStoreException when the source fails or does not hold exactly {@code length} bytes
     * @throws IOException when writing fails (full, unwritable); the caller says where
     */
    static Copied copy(BlobKey key, InputStream in, long length, OutputStream out) throws IOException {
        MessageDigest digest = digest("SHA-256");
        MessageDigest md5 = digest("MD5");
        byte[] buffer = new byte[BUFFER_BYTES];
        long size = 0;
        while (true) {
            int read;
            try {
                read = in.read(buffer);
            } catch (IOException e) {
                throw new BlobStoreException("reading the content for blob '" + key + "' failed after " + size + " bytes: " + e.getMessage(), e);
            }
            if (read < 0) {
                break;
            }
            size += read;
            if (length != BlobStore.UNKNOWN_LENGTH && size > length) {
                throw new BlobStoreException("the content for blob '" + key + "' is longer than the declared " + length + " bytes");
            }
            digest.update(buffer, 0, read);
            md5.update(buffer, 0, read);
            out.write(buffer, 0, read);
        }
        if (length != BlobStore.UNKNOWN_LENGTH && size != length) {
            throw new BlobStoreException("the content for blob '" + key + "' ended after " + size + " of the declared " + length + " bytes");
        }
        return new Copied(size, HexFormat.of().formatHex(digest.digest()), md5.digest());
    }

    /** Deletes the files in {@code dir} accepted by {@code filter} that were last written before {@code cutoff}. */
    static int removeOlderThan(Path dir, DirectoryStream.Filter<Path> filter, Instant cutoff) throws IOException {
        int removed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, filter)) {
            for (Path file : files) {
                try {
                    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    if (attributes.isRegularFile() && attributes.lastModifiedTime().toInstant().isBefore(cutoff) && Files.deleteIfExists(file)) {
                        removed++;
                    }
                } catch (NoSuchFileException e) {
                    // another process removed it first
                }
            }
        }
        return removed;
    }

    private static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has " + algorithm, e);
        }
    }
}
