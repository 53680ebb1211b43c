package dev.codelive.platform.db.paging;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Rows of a newest-first listing.
 *
 * @param items the rows, newest first
 * @param next where the following page starts; empty on the last page
 */
public record Page<T>(List<T> items, Optional<Cursor> next) {
    public Page {
        items = List.copyOf(items);
        Objects.requireNonNull(next, "next");
    }
}
