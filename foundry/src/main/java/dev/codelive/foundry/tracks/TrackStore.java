package dev.codelive.foundry.tracks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codelive.platform.db.OwnedRows;
import dev.codelive.platform.db.OwnedTable;
import dev.codelive.platform.db.ScopedHandle;
import dev.codelive.platform.db.paging.Cursor;
import dev.codelive.platform.db.paging.NewestFirst;
import dev.codelive.platform.db.paging.Page;
import dev.codelive.platform.db.paging.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Update;

/**
 * The {@code tracks} table. Users reach their own tracks through {@link OwnedRows}; the job worker and the sweeper,
 * which act for every user, use the unscoped path.
 */
public final class TrackStore {
    public static final OwnedTable OWNED_TABLE = new OwnedTable("tracks", "owner_id");
    private static final String COLUMNS = "id, owner_id, idempotency_key, job_id, prompt, duration_s, has_vocals, seed, requested_provider,"
            + " provider, status, credits, attempts, details, stems, audio_seconds, loudness_lufs, true_peak_dbtp, error, error_status,"
            + " refunded, created_at, updated_at, completed_at";
    private static final TypeReference<List<Map<String, Object>>> ATTEMPTS = new TypeReference<>() {};
    private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {};
    private static final TypeReference<List<String>> NAMES = new TypeReference<>() {};

    private final Jdbi jdbi;
    private final OwnedRows ownedRows;
    private final ObjectMapper json;

    public TrackStore(Jdbi jdbi, OwnedRows ownedRows, ObjectMapper json) {
        this.jdbi = jdbi;
        this.ownedRows = ownedRows;
        this.json = json;
    }

    /**
     * Adds a queued track in the caller's transaction, unless the user already has one with this idempotency key.
     *
     * @return true when this call added it
     */
    boolean insert(ScopedHandle scope, String id, TrackRequest request, Optional<String> idempotencyKey, long credits, Instant now) {
        return scope.update("INSERT INTO tracks (id, owner_id, idempotency_key, prompt, duration_s, has_vocals, seed, requested_provider,"
                        + " status, credits, refunded, created_at, updated_at) VALUES (:id, :owner_id, :key, :prompt, :duration, :vocals,"
                        + " :seed, :requested, 'QUEUED', :credits, FALSE, :now, :now) ON CONFLICT DO NOTHING")
                .bind("id", id)
                .bind("key", idempotencyKey.orElse(null))
                .bind("prompt", request.prompt())
                .bind("duration", request.durationSeconds())
                .bind("vocals", request.hasVocals())
                .bind("seed", request.seed())
                .bind("requested", request.provider().orElse(null))
                .bind("credits", credits)
                .bind("now", at(now))
                .execute() == 1;
    }

    /** The user's track with this idempotency key, in the caller's transaction. */
    Optional<Track> findByKey(ScopedHandle scope, String idempotencyKey) {
        return scope.query("SELECT " + COLUMNS + " FROM tracks WHERE owner_id = :owner_id AND idempotency_key = :key")
                .bind("key", idempotencyKey).map((rs, ctx) -> track(rs)).findOne();
    }

    /** The user's track; empty when there is none or it is someone else's. */
    public Optional<Track> find(String ownerId, String id) {
        return ownedRows.inScope(ownerId, scope -> scope.query("SELECT " + COLUMNS + " FROM tracks WHERE owner_id = :owner_id AND id = :id")
                .bind("id", id).map((rs, ctx) -> track(rs)).findOne());
    }

    /** Any user's track, for the worker and the sweeper. */
    public Optional<Track> findAny(String id) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM tracks WHERE id = :id")
                .bind("id", id).map((rs, ctx) -> track(rs)).findOne());
    }

    /** The track a job makes. */
    public Optional<Track> findByJob(String jobId) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM tracks WHERE job_id = :job")
                .bind("job", jobId).map((rs, ctx) -> track(rs)).findOne());
    }

    /** The user's tracks, newest first. */
    public Page<Track> list(String ownerId, PageRequest page) {
        String sql = "SELECT " + COLUMNS + " FROM tracks WHERE owner_id = :owner_id" + NewestFirst.after(page) + NewestFirst.ORDER;
        List<Track> rows = ownedRows.inScope(ownerId, scope -> NewestFirst.bind(scope.query(sql), page).map((rs, ctx) -> track(rs)).list());
        return NewestFirst.page(rows, page, track -> new Cursor(track.createdAt(), track.id()));
    }

    /** Tracks not finished whose last change is older than {@code before}: the sweeper's candidates. */
    public List<Track> unfinishedSince(Instant before, int limit) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM tracks WHERE status IN ('QUEUED', 'RENDERING')"
                        + " AND updated_at < :before ORDER BY updated_at LIMIT :limit")
                .bind("before", at(before)).bind("limit", limit).map((rs, ctx) -> track(rs)).list());
    }

    public void attachJob(String id, String jobId, Instant now) {
        jdbi.useHandle(handle -> handle.createUpdate("UPDATE tracks SET job_id = :job, updated_at = :now WHERE id = :id")
                .bind("job", jobId).bind("now", at(now)).bind("id", id).execute());
    }

    /** Marks the track rendering; false when it is gone or already finished. */
    public boolean startRendering(String id, Instant now) {
        return update(handle -> handle.createUpdate("UPDATE tracks SET status = 'RENDERING', updated_at = :now"
                + " WHERE id = :id AND status IN ('QUEUED', 'RENDERING')").bind("id", id).bind("now", at(now)));
    }

    /** Records what the providers did so far, while the job runs. */
    public void recordAttempts(String id, List<Map<String, Object>> attempts, Instant now) {
        update(handle -> handle.createUpdate("UPDATE tracks SET attempts = :attempts, updated_at = :now WHERE id = :id")
                .bind("attempts", write(attempts)).bind("now", at(now)).bind("id", id));
    }

    /** Completes the track; false when it was deleted meanwhile (its audio must then be removed). */
    public boolean complete(String id, String provider, List<Map<String, Object>> attempts, Map<String, Object> details, List<String> stems,
                            Track.AudioFacts audio, Instant now) {
        return update(handle -> handle.createUpdate("UPDATE tracks SET status = 'COMPLETE', provider = :provider, attempts = :attempts,"
                        + " details = :details, stems = :stems, audio_seconds = :seconds, loudness_lufs = :lufs, true_peak_dbtp = :peak,"
                        + " error = NULL, error_status = NULL, updated_at = :now, completed_at = :now WHERE id = :id AND status <> 'FAILED'")
                .bind("provider", provider).bind("attempts", write(attempts)).bind("details", write(details)).bind("stems", write(stems))
                .bind("seconds", audio.seconds())
                .bind("lufs", audio.loudnessLufs().isPresent() ? audio.loudnessLufs().getAsDouble() : null)
                .bind("peak", audio.truePeakDbtp()).bind("now", at(now)).bind("id", id));
    }

    /** Fails the track unless it already finished; false when it had. */
    public boolean fail(String id, String error, int status, List<Map<String, Object>> attempts, Instant now) {
        return update(handle -> handle.createUpdate("UPDATE tracks SET status = 'FAILED', error = :error, error_status = :status,"
                        + " attempts = COALESCE(:attempts, attempts), updated_at = :now, completed_at = :now"
                        + " WHERE id = :id AND status IN ('QUEUED', 'RENDERING')")
                .bind("error", truncate(error, 2000)).bind("status", status).bind("attempts", attempts.isEmpty() ? null : write(attempts))
                .bind("now", at(now)).bind("id", id));
    }

    public void markRefunded(String id) {
        update(handle -> handle.createUpdate("UPDATE tracks SET refunded = TRUE WHERE id = :id").bind("id", id));
    }

    /** Deletes the user's track; answers it as it was, or empty when there was none. */
    public Optional<Track> delete(String ownerId, String id) {
        return ownedRows.inScope(ownerId, scope -> {
            Optional<Track> found = scope.query("SELECT " + COLUMNS + " FROM tracks WHERE owner_id = :owner_id AND id = :id FOR UPDATE")
                    .bind("id", id).map((rs, ctx) -> track(rs)).findOne();
            found.ifPresent(track -> scope.update("DELETE FROM tracks WHERE owner_id = :owner_id AND id = :id").bind("id", id).execute());
            return found;
        });
    }

    private boolean update(Function<Handle, Update> statement) {
        return jdbi.withHandle(handle -> statement.apply(handle).execute()) == 1;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot store as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private <T> T read(String text, TypeReference<T> type, T absent) throws SQLException {
        if (text == null) {
            return absent;
        }
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new SQLException("unreadable JSON in tracks: " + e.getOriginalMessage(), e);
        }
    }

    private Track track(ResultSet rs) throws SQLException {
        double seconds = rs.getDouble("audio_seconds");
        Optional<Track.AudioFacts> audio = Optional.empty();
        if (!rs.wasNull()) {
            double lufs = rs.getDouble("loudness_lufs");
            OptionalDouble loudness = rs.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(lufs);
            audio = Optional.of(new Track.AudioFacts(seconds, loudness, rs.getDouble("true_peak_dbtp")));
        }
        int errorStatus = rs.getInt("error_status");
        OptionalInt status = rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(errorStatus);
        OffsetDateTime completed = rs.getObject("completed_at", OffsetDateTime.class);
        return new Track(
                rs.getString("id"),
                rs.getString("owner_id"),
                new TrackRequest(rs.getString("prompt"), rs.getDouble("duration_s"), rs.getBoolean("has_vocals"), rs.getLong("seed"),
                        Optional.ofNullable(rs.getString("requested_provider"))),
                Optional.ofNullable(rs.getString("idempotency_key")),
                Optional.ofNullable(rs.getString("job_id")),
                Optional.ofNullable(rs.getString("provider")),
                TrackStatus.valueOf(rs.getString("status")),
                rs.getLong("credits"),
                read(rs.getString("attempts"), ATTEMPTS, List.of()),
                read(rs.getString("details"), DETAILS, Map.of()),
                read(rs.getString("stems"), NAMES, List.of()),
                audio,
                Optional.ofNullable(rs.getString("error")),
                status,
                rs.getBoolean("refunded"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
                Optional.ofNullable(completed).map(OffsetDateTime::toInstant));
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
