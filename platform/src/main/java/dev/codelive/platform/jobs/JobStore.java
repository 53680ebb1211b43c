package dev.codelive.platform.jobs;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import dev.codelive.platform.db.OwnedRows;
import dev.codelive.platform.db.OwnedTable;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.Update;

/**
 * The {@code jobs} table. Every state change is a conditional UPDATE on the state (and, for a running job, on the
 * lease holder), so that two replicas racing for one row cannot both win: the loser changes nothing and is told so.
 */
final class JobStore {
    private static final String COLUMNS = "id, queue, owner_id, idempotency_key, payload, state, progress, progress_message, attempts,"
            + " max_attempts, run_after, cancel_requested, result, error, created_at, updated_at, started_at, finished_at";
    private static final String UNIQUE_VIOLATION = "23505";
    private static final int MAX_ERROR = 2000;
    private static final int MAX_PROGRESS_MESSAGE = 200;
    private static final int REAP_BATCH = 100;
    private static final String LEASE_ENDED = "lease_owner = NULL, lease_expires_at = NULL";
    private static final String WORKER_LOST = "the worker running it stopped responding";

    /** Jobs belong to their owner; what users read and cancel goes through {@link OwnedRows}. */
    static final OwnedTable OWNED_TABLE = new OwnedTable("jobs", "owner_id");

    private final Jdbi jdbi;
    private final OwnedRows ownedRows;

    /** @param jdbi the unscoped path: workers, the reaper and admins act across every user's jobs */
    JobStore(Jdbi jdbi, OwnedRows ownedRows) {
        this.jdbi = jdbi;
        this.ownedRows = ownedRows;
    }

    /** A job to insert. */
    record NewJob(String queue, Optional<String> ownerId, Optional<String> idempotencyKey, String payload, int maxAttempts, Instant runAfter) {}

    /** What the reaper did with a job whose lease had lapsed. */
    record Reaped(String id, String queue, JobState to) {}

    /**
     * Inserts the job, or finds the one enqueued before with the same queue, owner and idempotency key. A
     * concurrent enqueue with the same key loses on the unique dedupe key and then reads the winner's row.
     */
    Job insertOrFind(NewJob job, Instant now) {
        Optional<String> dedupe = job.idempotencyKey().map(key -> dedupeKey(job.queue(), job.ownerId(), key));
        if (dedupe.isPresent()) {
            Optional<Job> existing = findByDedupeKey(dedupe.get());
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        String id = UUID.randomUUID().toString();
        try {
            jdbi.useHandle(handle -> handle.createUpdate("""
                            INSERT INTO jobs (id, queue, owner_id, idempotency_key, dedupe_key, payload, state, progress, attempts,
                                              max_attempts, run_after, cancel_requested, created_at, updated_at)
                            VALUES (:id, :queue, :owner, :key, :dedupe, :payload, 'QUEUED', 0, 0, :max, :runAfter, FALSE, :now, :now)""")
                    .bind("id", id)
                    .bind("queue", job.queue())
                    .bind("owner", job.ownerId().orElse(null))
                    .bind("key", job.idempotencyKey().orElse(null))
                    .bind("dedupe", dedupe.orElse(null))
                    .bind("payload", job.payload())
                    .bind("max", job.maxAttempts())
                    .bind("runAfter", time(job.runAfter()))
                    .bind("now", time(now))
                    .execute());
        } catch (RuntimeException e) {
            if (dedupe.isPresent() && isUniqueViolation(e)) {
                return findByDedupeKey(dedupe.get()).orElseThrow(() -> e);
            }
            throw e;
        }
        return new Job(id, job.queue(), job.ownerId(), job.idempotencyKey(), job.payload(), JobState.QUEUED, 0, Optional.empty(), 0,
                job.maxAttempts(), job.runAfter(), false, Optional.empty(), Optional.empty(), now, now, Optional.empty(), Optional.empty());
    }

    private Optional<Job> findByDedupeKey(String dedupe) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM jobs WHERE dedupe_key = :dedupe")
                .bind("dedupe", dedupe).map((rs, ctx) -> job(rs)).findOne());
    }

    Optional<Job> find(String id) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM jobs WHERE id = :id")
                .bind("id", id).map((rs, ctx) -> job(rs)).findOne());
    }

    /** The job if {@code ownerId} owns it; the owner filter is in the query, so another user's job is simply absent. */
    Optional<Job> findOwned(String id, String ownerId) {
        return ownedRows.inScope(ownerId, scope -> scope.query("SELECT " + COLUMNS + " FROM jobs WHERE id = :id AND owner_id = :owner_id")
                .bind("id", id).map((rs, ctx) -> job(rs)).findOne());
    }

    List<Job> list(JobQuery query) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM jobs WHERE owner_id = :owner_id");
        query.state().ifPresent(ignored -> sql.append(" AND state = :state"));
        query.queue().ifPresent(ignored -> sql.append(" AND queue = :queue"));
        sql.append(" ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset");
        return ownedRows.inScope(query.ownerId(), scope -> {
            Query select = scope.query(sql.toString());
            query.state().ifPresent(state -> select.bind("state", state.name()));
            query.queue().ifPresent(queue -> select.bind("queue", queue));
            return select.bind("limit", query.limit()).bind("offset", query.offset()).map((rs, ctx) -> job(rs)).list();
        });
    }

    /**
     * Claims up to {@code limit} due jobs of {@code queue} for {@code worker}. Rows another transaction is claiming
     * are skipped rather than waited for, so replicas polling together each get different jobs.
     */
    List<Job> claim(String queue, String worker, int limit, Instant now, Instant leaseExpiresAt) {
        return jdbi.inTransaction(handle -> {
            List<String> ids = handle.createQuery("""
                            SELECT id FROM jobs
                            WHERE queue = :queue AND state = 'QUEUED' AND run_after <= :now
                            ORDER BY run_after, id
                            LIMIT :limit
                            FOR UPDATE SKIP LOCKED""")
                    .bind("queue", queue).bind("now", time(now)).bind("limit", limit)
                    .mapTo(String.class).list();
            if (ids.isEmpty()) {
                return List.of();
            }
            // The state condition is the guard that holds even where a lock is not: an engine that let two
            // transactions select one row would still let only one of them flip it.
            handle.createUpdate("""
                            UPDATE jobs SET state = 'RUNNING', attempts = attempts + 1, lease_owner = :worker, lease_expires_at = :lease,
                                            started_at = :now, updated_at = :now, progress = 0, progress_message = NULL
                            WHERE id IN (<ids>) AND state = 'QUEUED'""")
                    .bindList("ids", ids).bind("worker", worker).bind("lease", time(leaseExpiresAt)).bind("now", time(now))
                    .execute();
            return handle.createQuery("SELECT " + COLUMNS + " FROM jobs WHERE id IN (<ids>) AND state = 'RUNNING' AND lease_owner = :worker"
                            + " ORDER BY run_after, id")
                    .bindList("ids", ids).bind("worker", worker).map((rs, ctx) -> job(rs)).list();
        });
    }

    /** Extends the lease and writes the latest progress; false when the worker no longer holds the job. */
    boolean renew(String id, String worker, Instant leaseExpiresAt, double progress, String message, Instant now) {
        return changeRunning("lease_expires_at = :lease, progress = :progress, progress_message = :message", id, worker, now,
                update -> update.bind("lease", time(leaseExpiresAt)).bind("progress", progress)
                        .bind("message", truncate(message, MAX_PROGRESS_MESSAGE)));
    }

    /** Of {@code ids}, those whose cancelling was requested. */
    Set<String> cancelRequested(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return jdbi.withHandle(handle -> Set.copyOf(handle.createQuery("SELECT id FROM jobs WHERE id IN (<ids>) AND cancel_requested = TRUE")
                .bindList("ids", List.copyOf(ids)).mapTo(String.class).list()));
    }

    boolean complete(String id, String worker, String result, Instant now) {
        return changeRunning("state = 'COMPLETE', progress = 1, result = :result, error = NULL, " + LEASE_ENDED + ", finished_at = :now",
                id, worker, now, update -> update.bind("result", result));
    }

    boolean fail(String id, String worker, String error, Instant now) {
        return changeRunning("state = 'FAILED', error = :error, " + LEASE_ENDED + ", finished_at = :now",
                id, worker, now, update -> update.bind("error", truncate(error, MAX_ERROR)));
    }

    boolean cancelled(String id, String worker, Instant now) {
        return changeRunning("state = 'CANCELLED', " + LEASE_ENDED + ", finished_at = :now", id, worker, now, update -> { });
    }

    /** Puts a failed attempt back in the queue, not to start before {@code runAfter}. */
    boolean retry(String id, String worker, String error, Instant runAfter, Instant now) {
        return changeRunning("state = 'QUEUED', error = :error, run_after = :runAfter, " + LEASE_ENDED, id, worker, now,
                update -> update.bind("error", truncate(error, MAX_ERROR)).bind("runAfter", time(runAfter)));
    }

    /** Changes a job that {@code worker} holds; false when it no longer does (lease taken back, purged). */
    private boolean changeRunning(String assignments, String id, String worker, Instant now, Consumer<Update> binds) {
        return jdbi.withHandle(handle -> {
            Update update = handle.createUpdate("UPDATE jobs SET " + assignments + ", updated_at = :now"
                    + " WHERE id = :id AND lease_owner = :worker AND state = 'RUNNING'");
            binds.accept(update);
            return update.bind("id", id).bind("worker", worker).bind("now", time(now)).execute() == 1;
        });
    }

    /**
     * Hands running jobs back to the queue at shutdown, as if never started: the attempt is not the job's fault,
     * so it is not counted.
     */
    int release(Collection<String> ids, String worker, Instant now) {
        if (ids.isEmpty()) {
            return 0;
        }
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        UPDATE jobs SET state = 'QUEUED', attempts = attempts - 1, run_after = :now, lease_owner = NULL, lease_expires_at = NULL,
                                        updated_at = :now
                        WHERE id IN (<ids>) AND lease_owner = :worker AND state = 'RUNNING'""")
                .bindList("ids", List.copyOf(ids)).bind("worker", worker).bind("now", time(now))
                .execute());
    }

    /**
     * Takes back jobs whose lease lapsed (their worker died or lost the database): back to the queue while attempts
     * remain, FAILED when not, CANCELLED when cancelling had been asked for. The lapsed attempt counts, so a job
     * that kills every worker it runs on cannot loop forever.
     */
    List<Reaped> reapExpired(Instant now) {
        return jdbi.inTransaction(handle -> {
            List<Lapsed> lapsed = handle.createQuery("""
                            SELECT id, queue, attempts, max_attempts, cancel_requested FROM jobs
                            WHERE state = 'RUNNING' AND lease_expires_at < :now
                            ORDER BY lease_expires_at
                            LIMIT :limit
                            FOR UPDATE SKIP LOCKED""")
                    .bind("now", time(now)).bind("limit", REAP_BATCH)
                    .map((rs, ctx) -> new Lapsed(rs.getString("id"), rs.getString("queue"),
                            rs.getBoolean("cancel_requested") ? JobState.CANCELLED
                                    : rs.getInt("attempts") >= rs.getInt("max_attempts") ? JobState.FAILED : JobState.QUEUED))
                    .list();
            List<Reaped> reaped = new ArrayList<>();
            for (Lapsed job : lapsed) {
                String assignments = switch (job.to()) {
                    case QUEUED -> "state = 'QUEUED', run_after = :now, error = '" + WORKER_LOST + "; retrying'";
                    case FAILED -> "state = 'FAILED', finished_at = :now, error = '" + WORKER_LOST + ", and no attempts are left'";
                    default -> "state = 'CANCELLED', finished_at = :now";
                };
                int changed = handle.createUpdate("UPDATE jobs SET " + assignments + ", " + LEASE_ENDED + ", updated_at = :now"
                                + " WHERE id = :id AND state = 'RUNNING' AND lease_expires_at < :now")
                        .bind("id", job.id()).bind("now", time(now)).execute();
                if (changed == 1) {
                    reaped.add(new Reaped(job.id(), job.queue(), job.to()));
                }
            }
            return reaped;
        });
    }

    private record Lapsed(String id, String queue, JobState to) {}

    /**
     * Cancels a job: at once when queued, by request when running (its handler sees the request). An absent owner
     * (an admin) may cancel anyone's job. Answers the job as it is afterwards; empty when not found or not owned.
     */
    Optional<Job> cancel(String id, Optional<String> ownerId, Instant now) {
        String cancelQueued = """
                UPDATE jobs SET state = 'CANCELLED', cancel_requested = TRUE, finished_at = :now, updated_at = :now
                WHERE id = :id AND state = 'QUEUED'""";
        String requestCancel = """
                UPDATE jobs SET cancel_requested = TRUE, updated_at = :now
                WHERE id = :id AND state = 'RUNNING' AND cancel_requested = FALSE""";
        if (ownerId.isEmpty()) {
            jdbi.useTransaction(handle -> {
                if (handle.createUpdate(cancelQueued).bind("id", id).bind("now", time(now)).execute() == 0) {
                    handle.createUpdate(requestCancel).bind("id", id).bind("now", time(now)).execute();
                }
            });
            return find(id);
        }
        String owned = " AND owner_id = :owner_id";
        ownedRows.inScope(ownerId.get(), scope -> {
            if (scope.update(cancelQueued + owned).bind("id", id).bind("now", time(now)).execute() == 0) {
                scope.update(requestCancel + owned).bind("id", id).bind("now", time(now)).execute();
            }
            return null;
        });
        return findOwned(id, ownerId.get());
    }

    /** Deletes the jobs {@code criteria} selects; counts by state. */
    Map<JobState, Integer> purge(PurgeCriteria criteria, Instant now) {
        return jdbi.inTransaction(handle -> {
            Map<JobState, Integer> counts = new EnumMap<>(JobState.class);
            for (JobState state : criteria.states()) {
                StringBuilder sql = new StringBuilder("DELETE FROM jobs WHERE state = :state");
                criteria.queue().ifPresent(ignored -> sql.append(" AND queue = :queue"));
                criteria.olderThan().ifPresent(ignored -> sql.append(" AND updated_at < :before"));
                Update delete = handle.createUpdate(sql.toString()).bind("state", state.name());
                criteria.queue().ifPresent(queue -> delete.bind("queue", queue));
                criteria.olderThan().ifPresent(age -> delete.bind("before", time(now.minus(age))));
                counts.put(state, delete.execute());
            }
            return counts;
        });
    }

    /** Job counts by queue and state, for {@code states} only; the rest are not counted at all. */
    Map<String, Map<JobState, Long>> depth(Set<JobState> states) {
        List<String> names = states.stream().map(JobState::name).sorted().toList();
        Map<String, Map<JobState, Long>> depth = new TreeMap<>();
        jdbi.useHandle(handle -> handle.createQuery("SELECT queue, state, COUNT(*) AS jobs FROM jobs WHERE state IN (<states>) GROUP BY queue, state")
                .bindList("states", names)
                .map((rs, ctx) -> new Count(rs.getString("queue"), JobState.valueOf(rs.getString("state")), rs.getLong("jobs")))
                .forEach(count -> depth.computeIfAbsent(count.queue(), ignored -> new EnumMap<>(JobState.class)).put(count.state(), count.jobs())));
        return depth;
    }

    private record Count(String queue, JobState state, long jobs) {}

    /** By queue, the due time of the job that has been due longest without being claimed. */
    Map<String, Instant> oldestDue(Instant now) {
        Map<String, Instant> oldest = new TreeMap<>();
        jdbi.useHandle(handle -> handle.createQuery("SELECT queue, MIN(run_after) AS oldest FROM jobs WHERE state = 'QUEUED' AND run_after <= :now GROUP BY queue")
                .bind("now", time(now))
                .map((rs, ctx) -> Map.entry(rs.getString("queue"), rs.getObject("oldest", OffsetDateTime.class).toInstant()))
                .forEach(entry -> oldest.put(entry.getKey(), entry.getValue())));
        return oldest;
    }

    private static Job job(ResultSet rs) throws SQLException {
        return new Job(
                rs.getString("id"),
                rs.getString("queue"),
                Optional.ofNullable(rs.getString("owner_id")),
                Optional.ofNullable(rs.getString("idempotency_key")),
                rs.getString("payload"),
                JobState.valueOf(rs.getString("state")),
                rs.getDouble("progress"),
                Optional.ofNullable(rs.getString("progress_message")),
                rs.getInt("attempts"),
                rs.getInt("max_attempts"),
                instant(rs, "run_after").orElseThrow(),
                rs.getBoolean("cancel_requested"),
                Optional.ofNullable(rs.getString("result")),
                Optional.ofNullable(rs.getString("error")),
                instant(rs, "created_at").orElseThrow(),
                instant(rs, "updated_at").orElseThrow(),
                instant(rs, "started_at"),
                instant(rs, "finished_at"));
    }

    private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }

    private static OffsetDateTime time(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    static String dedupeKey(String queue, Optional<String> ownerId, String idempotencyKey) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            // NUL separators: no queue, owner or key can contain one, so no two triples share a digest input.
            String input = queue + '\0' + ownerId.orElse("") + '\0' + idempotencyKey;
            return HexFormat.of().formatHex(digest.digest(input.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }
}
