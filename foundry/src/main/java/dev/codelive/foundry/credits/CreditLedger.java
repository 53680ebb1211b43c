package dev.codelive.foundry.credits;

import dev.codelive.platform.db.OwnedRows;
import dev.codelive.platform.db.OwnedTable;
import dev.codelive.platform.db.ScopedHandle;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Credits per user: a balance that never goes below zero, and an append-only entry for every change.
 *
 * <p>An account opens with the sign-up grant the first time its user touches SoundFoundry, so users who signed up
 * before SoundFoundry existed get it too. Each charge and refund is keyed by its track, so retrying one (a job run
 * twice, a sweep racing a worker) changes the balance once.
 */
public final class CreditLedger {
    public static final OwnedTable ACCOUNTS = new OwnedTable("credit_accounts", "owner_id");
    public static final OwnedTable ENTRIES = new OwnedTable("credit_entries", "owner_id");
    private static final String GRANT_KEY = "grant";

    private final OwnedRows ownedRows;
    private final long signupGrant;
    private final Clock clock;

    public CreditLedger(OwnedRows ownedRows, long signupGrant, Clock clock) {
        this.ownedRows = ownedRows;
        this.signupGrant = signupGrant;
        this.clock = clock;
    }

    /** The user's balance and latest entries, opening the account if this is their first visit. */
    public Statement statement(String ownerId, int entries) {
        return ownedRows.inScope(ownerId, scope -> {
            open(scope);
            long balance = balance(scope);
            List<CreditEntry> latest = scope.query("SELECT id, amount, reason, track_id, balance, created_at FROM credit_entries"
                            + " WHERE owner_id = :owner_id ORDER BY created_at DESC, id DESC LIMIT :limit")
                    .bind("limit", entries)
                    .map((rs, ctx) -> new CreditEntry(rs.getString("id"), rs.getLong("amount"), rs.getString("reason"),
                            Optional.ofNullable(rs.getString("track_id")), rs.getLong("balance"),
                            rs.getObject("created_at", OffsetDateTime.class).toInstant()))
                    .list();
            return new Statement(balance, latest);
        });
    }

    /** @param entries newest first */
    public record Statement(long balance, List<CreditEntry> entries) {}

    /**
     * Charges {@code amount} for a track inside the caller's transaction (the one that creates the track), so both
     * happen or neither does.
     *
     * @throws InsufficientCreditsException when the balance is smaller; nothing is charged
     */
    public void charge(ScopedHandle scope, String trackId, long amount) {
        open(scope);
        Instant now = now();
        int debited = scope.update("UPDATE credit_accounts SET balance = balance - :amount, updated_at = :now"
                        + " WHERE owner_id = :owner_id AND balance >= :amount")
                .bind("amount", amount).bind("now", at(now)).execute();
        if (debited == 0) {
            throw new InsufficientCreditsException(amount, balance(scope));
        }
        addEntry(scope, "charge:" + trackId, -amount, "charge", trackId, now);
    }

    /**
     * Gives back what a track cost, once: a second refund of the same track changes nothing.
     *
     * @return whether this call refunded it
     */
    public boolean refund(String ownerId, String trackId, long amount) {
        return ownedRows.inScope(ownerId, scope -> {
            open(scope);
            Instant now = now();
            boolean first = scope.update("INSERT INTO credit_entries (id, owner_id, entry_key, amount, reason, track_id, balance, created_at)"
                            + " SELECT :id, :owner_id, :entry_key, :amount, 'refund', :track_id, balance + :amount, :now"
                            + " FROM credit_accounts WHERE owner_id = :owner_id ON CONFLICT DO NOTHING")
                    .bind("id", UUID.randomUUID().toString()).bind("entry_key", "refund:" + trackId).bind("amount", amount)
                    .bind("track_id", trackId).bind("now", at(now)).execute() == 1;
            if (first) {
                scope.update("UPDATE credit_accounts SET balance = balance + :amount, updated_at = :now WHERE owner_id = :owner_id")
                        .bind("amount", amount).bind("now", at(now)).execute();
            }
            return first;
        });
    }

    /** Opens the account with the grant unless it exists; two first visits at once open it once. */
    private void open(ScopedHandle scope) {
        Instant now = now();
        int opened = scope.update("INSERT INTO credit_accounts (owner_id, balance, created_at, updated_at)"
                        + " VALUES (:owner_id, :grant, :now, :now) ON CONFLICT DO NOTHING")
                .bind("grant", signupGrant).bind("now", at(now)).execute();
        if (opened == 1) {
            addEntry(scope, GRANT_KEY, signupGrant, "grant", null, now);
        }
    }

    private static long balance(ScopedHandle scope) {
        return scope.query("SELECT balance FROM credit_accounts WHERE owner_id = :owner_id").mapTo(Long.class).one();
    }

    private static void addEntry(ScopedHandle scope, String key, long amount, String reason, String trackId, Instant now) {
        scope.update("INSERT INTO credit_entries (id, owner_id, entry_key, amount, reason, track_id, balance, created_at)"
                        + " SELECT :id, :owner_id, :entry_key, :amount, :reason, :track_id, balance, :now FROM credit_accounts"
                        + " WHERE owner_id = :owner_id")
                .bind("id", UUID.randomUUID().toString()).bind("entry_key", key).bind("amount", amount).bind("reason", reason)
                .bind("track_id", trackId).bind("now", at(now)).execute();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
