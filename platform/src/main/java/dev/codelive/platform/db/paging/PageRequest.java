package dev.codelive.platform.db.paging;

import java.util.Objects;
import java.util.Optional;

/**
 * A page of a newest-first listing.
 *
 * @param limit most rows to return
 * @param after where the previous page ended; empty for the first page
 */
public record PageRequest(int limit, Optional<Cursor> after) {
    /** The most rows one page may hold. */
    public static final int MAX_LIMIT = 100;
    /** Rows of a page when the caller names no limit. */
    public static final int DEFAULT_LIMIT = 20;

    public PageRequest {
        Objects.requireNonNull(after, "after");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be from 1 to " + MAX_LIMIT + ": " + limit);
        }
    }

    public static PageRequest first(int limit) {
        return new PageRequest(limit, Optional.empty());
    }
}
