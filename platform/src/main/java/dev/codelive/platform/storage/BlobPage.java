package dev.codelive.platform.storage;

import java.util.List;
import java.util.Optional;

/**
 * One page of a listing, in ascending key order.
 *
 * @param items the blobs on this page
 * @param next the cursor to pass as {@code after} for the following page; absent on the last page
 */
public record BlobPage(List<BlobSummary> items, Optional<String> next) {
    public BlobPage {
        items = List.copyOf(items);
    }
}
