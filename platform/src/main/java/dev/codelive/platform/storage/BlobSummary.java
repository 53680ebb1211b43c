package dev.codelive.platform.storage;

import java.time.Instant;

/**
 * One entry of a listing: what every store can tell without opening the blob.
 *
 * @param key its name
 * @param size length of the content in bytes
 * @param lastModified when it was stored
 */
public record BlobSummary(BlobKey key, long size, Instant lastModified) {}
