package dev.codelive.platform.auth;

import dev.codelive.platform.db.OwnedRows;
import dev.codelive.platform.db.OwnedTable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * Bearer tokens: 256 random bits, handed out once, kept only as their SHA-256. A token resolves to its user
 * until it is revoked or the user is disabled.
 */
public final class TokenStore {
    static final String PREFIX = "cl_";
    private static final String LIVE = "revoked_at IS NULL AND (expires_at IS NULL OR expires_at > :now)";
    // last_used_at is for people auditing tokens, so minute precision is plenty and saves a write per request.
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    /** Tokens belong to their user: listing and revoking by id go through {@link OwnedRows}. */
    public static final OwnedTable OWNED_TABLE = new OwnedTable("api_tokens", "user_id");

    private final Jdbi jdbi;
    private final OwnedRows ownedRows;
    private final SecureRandom random = new SecureRandom();

    public TokenStore(Jdbi jdbi, OwnedRows ownedRows) {
        this.jdbi = jdbi;
        this.ownedRows = ownedRows;
    }

    /** A new token for {@code userId}; the returned string is the only copy. */
    public String issue(String userId) {
        String token = newToken();
        store(userId, token);
        return token;
    }

    private String newToken() {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** A new browser-session token for {@code userId}, valid for {@code ttl}. */
    public String issueSession(String userId, Duration ttl) {
        String token = newToken();
        jdbi.useHandle(handle -> handle.createUpdate(
                        "INSERT INTO api_tokens (id, user_id, token_hash, kind, expires_at) VALUES (:id, :user, :hash, 'session', :expires)")
                .bind("id", UUID.randomUUID().toString())
                .bind("user", userId)
                .bind("hash", hash(token))
                .bind("expires", OffsetDateTime.now(ZoneOffset.UTC).plus(ttl))
                .execute());
        return token;
    }

    /** The CSRF token that goes with a session token: derived, so nothing more needs storing. */
    public static String csrfToken(String sessionToken) {
        return hash("csrf:" + sessionToken);
    }

    /** Registers a token chosen by the operator (ADMIN_TOKEN), unless it is already registered. */
    public void register(String userId, String token) {
        boolean known = jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM api_tokens WHERE token_hash = :hash")
                .bind("hash", hash(token)).mapTo(Integer.class).one()) > 0;
        if (!known) {
            store(userId, token);
        }
    }

    private void store(String userId, String token) {
        jdbi.useHandle(handle -> handle.createUpdate("INSERT INTO api_tokens (id, user_id, token_hash) VALUES (:id, :user, :hash)")
                .bind("id", UUID.randomUUID().toString())
                .bind("user", userId)
                .bind("hash", hash(token))
                .execute());
    }

    /** The user a live token belongs to; empty for unknown, revoked or disabled. */
    public Optional<User> authenticate(String token) {
        String presented = hash(token);
        return jdbi.withHandle(handle -> {
            Optional<Match> match = handle.createQuery("""
                            SELECT t.id AS token_id, t.token_hash, t.last_used_at, u.id, u.email, u.display_name, u.role, u.plan,
                                   u.disabled, u.created_at
                            FROM api_tokens t JOIN users u ON u.id = t.user_id
                            WHERE t.token_hash = :hash AND t.revoked_at IS NULL AND u.disabled = FALSE
                              AND (t.expires_at IS NULL OR t.expires_at > :now)""")
                    .bind("hash", presented)
                    .bind("now", OffsetDateTime.now(ZoneOffset.UTC))
                    .map((rs, ctx) -> new Match(rs.getString("token_id"), rs.getString("token_hash"),
                            rs.getObject("last_used_at", OffsetDateTime.class), UserStore.user(rs, UserStore.groups(handle, rs.getString("id")))))
                    .findOne();
            // The lookup found the row by hash; compare again in constant time so that no path depends on timing.
            Optional<Match> verified = match.filter(found -> MessageDigest.isEqual(
                    found.tokenHash().getBytes(StandardCharsets.US_ASCII), presented.getBytes(StandardCharsets.US_ASCII)));
            verified.filter(found -> found.lastUsed() == null || found.lastUsed().isBefore(OffsetDateTime.now().minus(LAST_USED_PRECISION)))
                    .ifPresent(found -> handle.createUpdate("UPDATE api_tokens SET last_used_at = CURRENT_TIMESTAMP WHERE id = :id")
                            .bind("id", found.tokenId()).execute());
            return verified.map(Match::user);
        });
    }

    /** Revokes {@code token}; true when it was live. */
    public boolean revoke(String token) {
        return jdbi.withHandle(handle -> handle.createUpdate(
                        "UPDATE api_tokens SET revoked_at = CURRENT_TIMESTAMP WHERE token_hash = :hash AND revoked_at IS NULL")
                .bind("hash", hash(token)).execute()) > 0;
    }

    /**
     * A new labelled API token for {@code userId}, unless they already hold {@code maxLive} live ones.
     *
     * @return empty when the user is at the limit
     */
    public Optional<IssuedToken> issueLabelled(String userId, String label, int maxLive) {
        String token = newToken();
        String id = UUID.randomUUID().toString();
        return ownedRows.inScope(userId, scope -> {
            // Locking the user's tokens serialises their concurrent creations (the caller always holds one, the
            // token it signed in with), so the limit holds under a burst of requests.
            scope.query("SELECT id FROM api_tokens WHERE user_id = :owner_id AND revoked_at IS NULL FOR UPDATE").mapTo(String.class).list();
            int live = scope.query("SELECT COUNT(*) FROM api_tokens WHERE user_id = :owner_id AND label IS NOT NULL AND " + LIVE)
                    .bind("now", OffsetDateTime.now(ZoneOffset.UTC)).mapTo(Integer.class).one();
            if (live >= maxLive) {
                return Optional.<IssuedToken>empty();
            }
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            scope.update("INSERT INTO api_tokens (id, user_id, token_hash, kind, label, created_at) VALUES (:id, :owner_id, :hash, 'bearer', :label, :now)")
                    .bind("id", id).bind("hash", hash(token)).bind("label", label).bind("now", now).execute();
            return Optional.of(new IssuedToken(token, new TokenSummary(id, "bearer", label, now, null, null, false)));
        });
    }

    /** The live tokens of {@code userId}, oldest first; {@code presented} marks the one making the request. */
    public List<TokenSummary> liveTokens(String userId, Optional<String> presented) {
        String presentedHash = presented.map(TokenStore::hash).orElse("");
        return ownedRows.inScope(userId, scope -> scope.query("""
                        SELECT id, kind, label, created_at, last_used_at, expires_at, token_hash FROM api_tokens
                        WHERE user_id = :owner_id AND %s ORDER BY created_at, id""".formatted(LIVE))
                .bind("now", OffsetDateTime.now(ZoneOffset.UTC))
                .map((rs, ctx) -> new TokenSummary(rs.getString("id"), rs.getString("kind"), rs.getString("label"),
                        rs.getObject("created_at", OffsetDateTime.class), rs.getObject("last_used_at", OffsetDateTime.class),
                        rs.getObject("expires_at", OffsetDateTime.class),
                        MessageDigest.isEqual(rs.getString("token_hash").getBytes(StandardCharsets.US_ASCII),
                                presentedHash.getBytes(StandardCharsets.US_ASCII))))
                .list());
    }

    /** Revokes the live token {@code tokenId} of {@code userId}; false when they have no such live token. */
    public boolean revokeById(String userId, String tokenId) {
        return ownedRows.inScope(userId, scope -> scope.update(
                        "UPDATE api_tokens SET revoked_at = CURRENT_TIMESTAMP WHERE id = :id AND user_id = :owner_id AND " + LIVE)
                .bind("id", tokenId).bind("now", OffsetDateTime.now(ZoneOffset.UTC)).execute() > 0);
    }

    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }

    private record Match(String tokenId, String tokenHash, OffsetDateTime lastUsed, User user) {}
}
