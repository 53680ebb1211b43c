package dev.codelive.platform.db;

import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.Update;

/**
 * A transaction acting for one user. Every statement must filter by the named parameter {@code :owner_id}, which is
 * bound to that user; a statement without it is a programming error and fails before it reaches the database.
 */
public final class ScopedHandle {
    static final String OWNER_PARAMETER = "owner_id";
    private static final Pattern OWNER_REFERENCE = Pattern.compile(":" + OWNER_PARAMETER + "\\b");

    private final Handle handle;
    private final String userId;

    ScopedHandle(Handle handle, String userId) {
        this.handle = handle;
        this.userId = userId;
    }

    /** The user this transaction acts for. */
    public String userId() {
        return userId;
    }

    /** A query over the user's rows; {@code sql} must use {@code :owner_id}. */
    public Query query(String sql) {
        return handle.createQuery(requireOwnerFilter(sql)).bind(OWNER_PARAMETER, userId);
    }

    /** An INSERT, UPDATE or DELETE of the user's rows; {@code sql} must use {@code :owner_id}. */
    public Update update(String sql) {
        return handle.createUpdate(requireOwnerFilter(sql)).bind(OWNER_PARAMETER, userId);
    }

    private static String requireOwnerFilter(String sql) {
        if (!OWNER_REFERENCE.matcher(sql).find()) {
            throw new IllegalArgumentException("a statement on user-owned rows must filter by :" + OWNER_PARAMETER + ": " + sql);
        }
        return sql;
    }
}
