package dev.codelive.exec.history;

import dev.codelive.platform.auth.Role;
import dev.codelive.platform.server.Platform;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/** Execution records and accounts for the history tests. */
final class Runs {
    static final Instant T0 = Instant.parse("2026-11-20T10:00:00.123456Z");

    private Runs() {}

    /** A finished python run by {@code user} (null: anonymous) at {@code T0 + seconds}. */
    static ExecutionRecord run(String user, int seconds) {
        return run(user, "python", "ok", T0.plusSeconds(seconds));
    }

    static ExecutionRecord run(String user, String language, String status, Instant at) {
        return new ExecutionRecord(UUID.randomUUID().toString(), Optional.ofNullable(user), language, sha256("print(" + at + ")"), 12, status,
                OptionalInt.of(0), OptionalInt.empty(), 3, OptionalInt.empty(), 40, OptionalInt.of(2048), false, Origin.API, at);
    }

    static String sha256(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new account's id. */
    static String user(Platform platform, String name, Role role) {
        return platform.users().create(name + "@example.com", name, null, role).id();
    }
}
