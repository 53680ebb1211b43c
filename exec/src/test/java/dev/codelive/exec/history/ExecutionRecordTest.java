package dev.codelive.exec.history;

import dev.codelive.platform.db.paging.Cursor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** What the log refuses to record, before it reaches the database; and the cursor's opaque form. */
class ExecutionRecordTest {
    private static final String SHA = "a".repeat(64);
    private static final Instant AT = Instant.parse("2026-11-20T10:00:00Z");

    private static ExecutionRecord record(String id, String language, String sha, int codeBytes, String status, int queueMs, OptionalInt memoryKb) {
        return new ExecutionRecord(id, Optional.empty(), language, sha, codeBytes, status, OptionalInt.of(0), OptionalInt.empty(), queueMs,
                OptionalInt.empty(), 1, memoryKb, false, Origin.API, AT);
    }

    @Test
    void aWellFormedRecordIsAccepted() {
        assertThat(record("id-1", "csharp", SHA, 10, "memory_limit", 0, OptionalInt.of(0)).language()).isEqualTo("csharp");
    }

    @Test
    void malformedFieldsAreRefused() {
        assertThatThrownBy(() -> record("", "python", SHA, 1, "ok", 0, OptionalInt.empty())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> record("x".repeat(37), "python", SHA, 1, "ok", 0, OptionalInt.empty())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> record("a b", "python", SHA, 1, "ok", 0, OptionalInt.empty())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> record("id", "Python", SHA, 1, "ok", 0, OptionalInt.empty())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> record("id", "python", "A".repeat(64), 1, "ok", 0, OptionalInt.empty())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> record("id", "python", "a".repeat(63), 1, "ok", 0, OptionalInt.empty())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> record("id", "python", SHA, -1, "ok", 0, OptionalInt.empty())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> record("id", "python", SHA, 1, "OK", 0, OptionalInt.empty())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> record("id", "python", SHA, 1, "ok", -5, OptionalInt.empty())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> record("id", "python", SHA, 1, "ok", 0, OptionalInt.of(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> record(null, "python", SHA, 1, "ok", 0, OptionalInt.empty())).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aCursorSurvivesItsOpaqueForm() {
        Cursor cursor = new Cursor(Instant.parse("2026-11-20T10:00:00.000001Z"), "3f2a7c1e-0000-4000-8000-000000000001");

        assertThat(Cursor.decode(cursor.encode())).contains(cursor);
        assertThat(cursor.encode()).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void anythingElseIsNotACursor() {
        assertThat(Cursor.decode("")).isEmpty();
        assertThat(Cursor.decode("not base64!")).isEmpty();
        assertThat(Cursor.decode("bm8tc2VwYXJhdG9y")).as("no separator").isEmpty();
        assertThat(Cursor.decode(java.util.Base64.getUrlEncoder().encodeToString("yesterday abc".getBytes()))).isEmpty();
        assertThat(Cursor.decode(java.util.Base64.getUrlEncoder().encodeToString("2026-11-20T10:00:00Z a'b".getBytes()))).isEmpty();
    }
}
