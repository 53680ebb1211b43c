package dev.codelive.bench;

import dev.codelive.platform.db.Database;
import dev.codelive.platform.db.OwnedRows;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;

/**
 * Users with API tokens, and the read {@code TokenStore.liveTokens} does: a user's live tokens by the indexed
 * {@code user_id}. Enough users that the index, not a scan of a few pages, answers the query.
 */
final class TokenFixture {
    static final int USERS = 1_000;
    static final int LIVE_TOKENS_PER_USER = 5;

    /** The statement of {@code TokenStore.liveTokens}, with the same filter and order. */
    static final String LIVE_TOKENS = """
            SELECT id, kind, label, created_at, last_used_at, expires_at, token_hash FROM api_tokens
            WHERE user_id = :owner_id AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > :now) ORDER BY created_at, id""";

    private TokenFixture() {}

    /** One row of the answer, as the token list maps it. */
    record TokenRow(String id, String kind, String label, OffsetDateTime createdAt, OffsetDateTime lastUsedAt, OffsetDateTime expiresAt,
                    String tokenHash) {}

    /**
     * Inserts {@link #USERS} users, each with {@link #LIVE_TOKENS_PER_USER} live tokens plus a revoked one and an
     * expired session that the filter must skip, then refreshes the planner's statistics.
     *
     * @return the users' ids
     */
    static List<String> populate(Database database) {
        List<String> userIds = new ArrayList<>();
        database.jdbi().useTransaction(handle -> {
            PreparedBatch users = handle.prepareBatch("INSERT INTO users (id, email, display_name, password_hash) VALUES (:id, :email, :name, NULL)");
            PreparedBatch tokens = handle.prepareBatch("""
                    INSERT INTO api_tokens (id, user_id, token_hash, kind, label, created_at, revoked_at, expires_at)
                    VALUES (:id, :user, :hash, :kind, :label, :created, :revoked, :expires)""");
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            for (int u = 0; u < USERS; u++) {
                String userId = UUID.randomUUID().toString();
                userIds.add(userId);
                users.bind("id", userId).bind("email", "user" + u + "@example.com").bind("name", "User " + u).add();
                for (int t = 0; t < LIVE_TOKENS_PER_USER + 2; t++) {
                    boolean revoked = t == LIVE_TOKENS_PER_USER;
                    boolean expired = t == LIVE_TOKENS_PER_USER + 1;
                    tokens.bind("id", UUID.randomUUID().toString()).bind("user", userId).bind("hash", randomHash())
                            .bind("kind", expired ? "session" : "bearer").bind("label", expired ? null : "script " + t)
                            .bind("created", now.minusDays(30).plusMinutes(t))
                            .bind("revoked", revoked ? now.minusDays(1) : null)
                            .bind("expires", expired ? now.minusHours(1) : null)
                            .add();
                }
            }
            users.execute();
            tokens.execute();
        });
        database.jdbi().useHandle(handle -> handle.execute("ANALYZE api_tokens"));
        return List.copyOf(userIds);
    }

    private static String randomHash() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        return HexFormat.of().toHexDigits(a.getMostSignificantBits()) + HexFormat.of().toHexDigits(a.getLeastSignificantBits())
                + HexFormat.of().toHexDigits(b.getMostSignificantBits()) + HexFormat.of().toHexDigits(b.getLeastSignificantBits());
    }

    /** Runs {@link #LIVE_TOKENS} (owner already bound) and maps every row. */
    static List<TokenRow> liveTokens(Query query) {
        return query.bind("now", OffsetDateTime.now(ZoneOffset.UTC))
                .map((rs, ctx) -> new TokenRow(rs.getString("id"), rs.getString("kind"), rs.getString("label"),
                        rs.getObject("created_at", OffsetDateTime.class), rs.getObject("last_used_at", OffsetDateTime.class),
                        rs.getObject("expires_at", OffsetDateTime.class), rs.getString("token_hash")))
                .list();
    }

    /**
     * What {@code Database.inTransactionAs} does in two statements, in one: {@code set_config('role', …, true)} has
     * the effect of {@code SET LOCAL ROLE}. Must run inside a transaction.
     */
    static void enterScopeInOneStatement(Handle handle, String userId) {
        handle.createQuery("SELECT set_config('role', :role, true), set_config(:setting, :user, true)")
                .bind("role", OwnedRows.SCOPED_ROLE).bind("setting", OwnedRows.USER_SETTING).bind("user", userId)
                .map((rs, ctx) -> rs.getString(1)).one();
    }

    /** The query through the connecting account, with the owner bound by hand. */
    static Query unscoped(Handle handle, String userId) {
        return handle.createQuery(LIVE_TOKENS).bind("owner_id", userId);
    }

    /**
     * Fails unless both paths answer a user's live tokens and row-level security is in force in both scoped ones
     * (it hides every other user's rows even from a query that asks for them): a benchmark of an empty answer, or
     * of a policy that does not apply, would measure nothing.
     */
    static void verify(Database database, OwnedRows ownedRows, String userId) {
        int unscoped = database.jdbi().withHandle(handle -> liveTokens(unscoped(handle, userId))).size();
        int scoped = ownedRows.inScope(userId, scope -> liveTokens(scope.query(LIVE_TOKENS))).size();
        if (unscoped != LIVE_TOKENS_PER_USER || scoped != LIVE_TOKENS_PER_USER) {
            throw new IllegalStateException("expected " + LIVE_TOKENS_PER_USER + " live tokens, got " + unscoped + " unscoped and " + scoped + " scoped");
        }
        String othersRows = "SELECT COUNT(*) FROM api_tokens WHERE user_id <> :owner_id";
        long visible = database.jdbi().withHandle(handle -> handle.createQuery(othersRows).bind("owner_id", userId).mapTo(Long.class).one());
        long visibleInScope = ownedRows.inScope(userId, scope -> scope.query(othersRows).mapTo(Long.class).one());
        long visibleInOneStatementScope = database.jdbi().inTransaction(handle -> {
            enterScopeInOneStatement(handle, userId);
            return handle.createQuery(othersRows).bind("owner_id", userId).mapTo(Long.class).one();
        });
        if (visible == 0 || visibleInScope != 0 || visibleInOneStatementScope != 0) {
            throw new IllegalStateException("row-level security is not in force: other users' rows visible in scope: " + visibleInScope
                    + ", with the one-statement scope: " + visibleInOneStatementScope);
        }
    }

    /**
     * PostgreSQL's plans for the query unscoped and in a user's scope, to show that both use the index and that
     * the scoped one adds the row-level security filter.
     */
    static String plans(Database database, OwnedRows ownedRows, String userId) {
        String explain = "EXPLAIN (COSTS OFF) ";
        String unscoped = database.jdbi().withHandle(handle -> String.join("\n", handle.createQuery(explain + LIVE_TOKENS)
                .bind("owner_id", userId).bind("now", OffsetDateTime.now(ZoneOffset.UTC)).mapTo(String.class).list()));
        String scoped = ownedRows.inScope(userId, scope -> String.join("\n", scope.query(explain + LIVE_TOKENS)
                .bind("now", OffsetDateTime.now(ZoneOffset.UTC)).mapTo(String.class).list()));
        return "unscoped:\n" + indent(unscoped) + "\nscoped (role " + OwnedRows.SCOPED_ROLE + "):\n" + indent(scoped);
    }

    private static String indent(String text) {
        return text.lines().map(line -> "    " + line).collect(Collectors.joining("\n"));
    }
}
