package dev.codelive.platform.storage;

import java.time.Instant;
import java.util.Optional;

/**
 * What a store knows about one blob.
 *
 * @param key its name
 * @param size length of the content in bytes
 * @param sha256 lower-case hex SHA-256 of the content, as computed when it was stored; absent only for objects that
 *     another tool put into an S3 bucket
 * @param etag an opaque version tag that changes whenever the content does (for HTTP caching)
 * @param contentType the media type given when it was stored
 * @param lastModified when it was stored
 */
public record BlobInfo(BlobKey key, long size, Optional<String> sha256, String etag, String contentType, Instant lastModified) {}
