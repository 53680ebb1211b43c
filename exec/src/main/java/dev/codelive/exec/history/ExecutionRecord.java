package dev.codelive.exec.history;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * One program run as the execution log keeps it: what ran (language, hash and size of the code, never the code), how
 * it ended and how long each phase took.
 *
 * @param id the run's id, as the execute API reported it
 * @param userId who ran it; empty for an anonymous run
 * @param language the language it ran as, e.g. {@code python}
 * @param codeSha256 SHA-256 of the code's UTF-8 bytes, lower-case hex
 * @param codeBytes size of the code in UTF-8 bytes
 * @param status how it ended, as the execute API names it (e.g. {@code ok}, {@code timed_out})
 * @param exitCode the program's exit code; empty when a signal ended it or it never ran
 * @param signal the signal that ended it, if one did
 * @param queueMs time spent waiting for a sandbox
 * @param compileMs time spent compiling; empty for interpreted languages and cached builds
 * @param runMs time spent running
 * @param memoryKb peak memory; empty where it could not be measured
 * @param buildCached whether a cached build was reused
 * @param origin where the run came from
 * @param createdAt when it was accepted, kept to the microsecond (what both databases store)
 */
public record ExecutionRecord(String id, Optional<String> userId, String language, String codeSha256, int codeBytes, String status,
        OptionalInt exitCode, OptionalInt signal, int queueMs, OptionalInt compileMs, int runMs, OptionalInt memoryKb,
        boolean buildCached, Origin origin, Instant createdAt) {

    /** Ids are the execute API's (UUIDs); anything of these characters fits the column and a paging cursor. */
    static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,36}");
    /** Lower-case names such as {@code python} or {@code csharp}. */
    static final Pattern LANGUAGE = Pattern.compile("[a-z][a-z0-9_]{0,19}");
    /** Lower-case names such as {@code ok} or {@code memory_limit}. */
    static final Pattern STATUS = Pattern.compile("[a-z][a-z0-9_]{0,29}");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public ExecutionRecord {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(exitCode, "exitCode");
        Objects.requireNonNull(signal, "signal");
        Objects.requireNonNull(compileMs, "compileMs");
        Objects.requireNonNull(memoryKb, "memoryKb");
        Objects.requireNonNull(origin, "origin");
        require(ID.matcher(Objects.requireNonNull(id, "id")).matches(), "id must be 1-36 characters of A-Z, a-z, 0-9, _ and -: " + id);
        userId.ifPresent(user -> require(ID.matcher(user).matches(), "not a user id: " + user));
        require(LANGUAGE.matcher(Objects.requireNonNull(language, "language")).matches(), "not a language name: " + language);
        require(SHA256.matcher(Objects.requireNonNull(codeSha256, "codeSha256")).matches(), "codeSha256 must be 64 lower-case hex digits");
        require(STATUS.matcher(Objects.requireNonNull(status, "status")).matches(), "not a status name: " + status);
        require(codeBytes >= 0 && queueMs >= 0 && runMs >= 0, "sizes and durations cannot be negative");
        require(compileMs.orElse(0) >= 0 && memoryKb.orElse(0) >= 0, "sizes and durations cannot be negative");
        createdAt = Objects.requireNonNull(createdAt, "createdAt").truncatedTo(ChronoUnit.MICROS);
    }

    private static void require(boolean valid, String message) {
        if (!valid) {
            throw new IllegalArgumentException(message);
        }
    }
}
