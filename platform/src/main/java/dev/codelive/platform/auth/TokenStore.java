package dev.codelive.platform.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * Bearer tokens: 256 random bits, handed out once, kept only as their SHA-256. A token resolves to its user
 * until it is revoked or the user is disabled.
 */
public final class TokenStore {
    static final String PREFIX = "cl_";
    // last_used_at is for people auditing tokens, so minute precision is plenty and saves a write per request.
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private final Jdbi jdbi;
    private final SecureRandom random = new SecureRandom();

    public TokenStore(Jdbi jdbi) {
        this.jdbi = jdbi;
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

    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }

    private record Match(String tokenId, String tokenHash, OffsetDateTime lastUsed, User user) {}
}
