package dev.codelive.platform.http;

import dev.codelive.platform.db.paging.Cursor;
import dev.codelive.platform.db.paging.PageRequest;
import io.javalin.http.Context;
import java.util.Optional;

/** Query parameters read with their bounds, a bad value becoming a validation error that names the parameter. */
public final class QueryParameters {
    private QueryParameters() {}

    /**
     * The whole number {@code name}, or {@code fallback} when absent. A value that is not a number from {@code min} to
     * {@code max} is reported to {@code validator}, and {@code fallback} stands in for it until the caller throws.
     */
    public static int integer(Context ctx, Validator validator, String name, int fallback, int min, int max) {
        String raw = ctx.queryParam(name);
        if (raw == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below, like a number out of range
        }
        validator.check(false, name, "must be a whole number from " + min + " to " + max);
        return fallback;
    }

    /** As {@link #integer(Context, Validator, String, int, int, int)}, answering 422 at once for a bad value. */
    public static int integer(Context ctx, String name, int fallback, int min, int max) {
        Validator validator = new Validator();
        int value = integer(ctx, validator, name, fallback, min, max);
        validator.throwIfInvalid();
        return value;
    }

    /** {@code ?limit=} (1-100, default 20) and {@code ?cursor=} (a previous page's {@code next_cursor}) of a newest-first listing. */
    public static PageRequest page(Context ctx, Validator validator) {
        int limit = integer(ctx, validator, "limit", PageRequest.DEFAULT_LIMIT, 1, PageRequest.MAX_LIMIT);
        Optional<Cursor> after = Optional.ofNullable(ctx.queryParam("cursor")).flatMap(raw -> {
            Optional<Cursor> cursor = Cursor.decode(raw);
            validator.check(cursor.isPresent(), "cursor", "is not a next_cursor from a previous page");
            return cursor;
        });
        return new PageRequest(limit, after);
    }
}
