package dev.codelive.platform.db;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The default path to user-owned rows. Work runs in a transaction for one user whose statements must filter by
 * that user ({@link ScopedHandle}); on PostgreSQL it also runs under row-level security as role
 * {@value #SCOPED_ROLE}, so a filter written wrongly still cannot reach another user's rows.
 *
 * <p>Admin pages, workers and sign-in, which legitimately span users, use {@link Database#jdbi()} directly: that
 * is the conspicuous exception, not the easy default.
 */
public final class OwnedRows {
    /** The PostgreSQL role user-scoped transactions switch to; row-level security policies are written for it. */
    public static final String SCOPED_ROLE = "codelive_user";
    /** The transaction-local setting naming the acting user, read by the policies. */
    public static final String USER_SETTING = "app.user_id";

    private final Database database;
    private final List<OwnedTable> tables = new CopyOnWriteArrayList<>();

    public OwnedRows(Database database) {
        this.database = database;
    }

    /** Records that {@code table} holds user-owned rows; its migration must add the matching policy. */
    public void declare(OwnedTable table) {
        if (tables.stream().anyMatch(known -> known.table().equals(table.table()))) {
            throw new IllegalArgumentException("owned table declared twice: " + table.table());
        }
        tables.add(table);
    }

    public List<OwnedTable> tables() {
        return List.copyOf(tables);
    }

    /** Runs {@code work} in one transaction acting for {@code userId} and returns its result. */
    public <R, X extends Exception> R inScope(String userId, ScopedCallback<R, X> work) throws X {
        Objects.requireNonNull(userId, "userId");
        return database.inTransactionAs(userId, handle -> work.withScope(new ScopedHandle(handle, userId)));
    }

    /** Work done with a {@link ScopedHandle}. */
    @FunctionalInterface
    public interface ScopedCallback<R, X extends Exception> {
        R withScope(ScopedHandle scope) throws X;
    }
}
