package dev.codelive.platform.db.paging;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.statement.Query;

/**
 * Keyset paging over a table with {@code created_at} and {@code id}, newest first: a condition that starts after the
 * cursor, the matching order, and the page cut from one extra row fetched to learn whether more follow.
 */
public final class NewestFirst {
    /** Ties on time are broken by id, so the order is total and a cursor never skips or repeats a row. */
    public static final String ORDER = " ORDER BY created_at DESC, id DESC LIMIT :limit";

    private NewestFirst() {}

    /** The condition (to AND to a WHERE clause) for rows after the page's cursor; blank on the first page. */
    public static String after(PageRequest page) {
        return page.after().isPresent() ? " AND (created_at < :after_at OR (created_at = :after_at AND id < :after_id))" : "";
    }

    /** Binds the cursor and the limit, asking for one row more than the page holds. */
    public static Query bind(Query query, PageRequest page) {
        page.after().ifPresent(cursor -> query.bind("after_at", cursor.createdAt().atOffset(ZoneOffset.UTC))
                .bind("after_id", cursor.id()));
        return query.bind("limit", page.limit() + 1);
    }

    public static <T> Page<T> page(List<T> fetched, PageRequest page, Function<T, Cursor> position) {
        if (fetched.size() <= page.limit()) {
            return new Page<>(fetched, Optional.empty());
        }
        List<T> items = fetched.subList(0, page.limit());
        return new Page<>(items, Optional.of(position.apply(items.getLast())));
    }
}
