package dev.codelive.exec.history;

import dev.codelive.platform.db.paging.Cursor;
import dev.codelive.platform.db.paging.NewestFirst;
import dev.codelive.platform.db.paging.Page;
import dev.codelive.platform.db.paging.PageRequest;
import dev.codelive.platform.db.OwnedRows;
import dev.codelive.platform.db.OwnedTable;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.Update;

/**
 * The {@code executions} table: every run is recorded once; its user reads their own runs through {@link OwnedRows},
 * admins read everyone's.
 *
 * <p>Any number of instances may share the table; {@link HistoryModule} declares it as owned, once.
 */
public final class ExecutionLog {
    /** Runs belong to their user; what users read goes through {@link OwnedRows}. */
    public static final OwnedTable OWNED_TABLE = new OwnedTable("executions", "user_id");

    private static final String COLUMNS = "id, user_id, language, code_sha256, code_bytes, status, exit_code, signal, queue_ms,"
            + " compile_ms, run_ms, memory_kb, build_cached, origin, created_at";

    private final Jdbi jdbi;
    private final OwnedRows ownedRows;

    /** @param jdbi the unscoped path: recording (anonymous runs have no user to act for) and admins' listings */
    public ExecutionLog(Jdbi jdbi, OwnedRows ownedRows) {
        this.jdbi = jdbi;
        this.ownedRows = ownedRows;
    }

    /** Adds a run to the log. */
    public void record(ExecutionRecord run) {
        jdbi.useHandle(handle -> {
            Update insert = handle.createUpdate("INSERT INTO executions (" + COLUMNS + ") VALUES (:id, :user_id, :language, :code_sha256,"
                    + " :code_bytes, :status, :exit_code, :signal, :queue_ms, :compile_ms, :run_ms, :memory_kb, :build_cached, :origin, :created_at)");
            insert.bind("id", run.id())
                    .bind("user_id", run.userId().orElse(null))
                    .bind("language", run.language())
                    .bind("code_sha256", run.codeSha256())
                    .bind("code_bytes", run.codeBytes())
                    .bind("status", run.status())
                    .bind("exit_code", nullable(run.exitCode()))
                    .bind("signal", nullable(run.signal()))
                    .bind("queue_ms", run.queueMs())
                    .bind("compile_ms", nullable(run.compileMs()))
                    .bind("run_ms", run.runMs())
                    .bind("memory_kb", nullable(run.memoryKb()))
                    .bind("build_cached", run.buildCached())
                    .bind("origin", run.origin().wire())
                    .bind("created_at", OffsetDateTime.ofInstant(run.createdAt(), ZoneOffset.UTC))
                    .execute();
        });
    }

    /** {@code userId}'s runs, newest first. */
    public Page<ExecutionRecord> mine(String userId, PageRequest page) {
        return mine(userId, ExecutionFilter.NONE, page);
    }

    /**
     * {@code userId}'s runs that pass {@code filter}, newest first. The owner condition is in the query (and, on
     * PostgreSQL, in row-level security beneath it), so a filter naming another user finds nothing.
     */
    public Page<ExecutionRecord> mine(String userId, ExecutionFilter filter, PageRequest page) {
        Objects.requireNonNull(userId, "userId");
        String sql = "SELECT " + COLUMNS + " FROM executions WHERE user_id = :owner_id" + conditions(filter) + NewestFirst.after(page)
                + NewestFirst.ORDER;
        List<ExecutionRecord> rows = ownedRows.inScope(userId, scope -> select(scope.query(sql), filter, page));
        return NewestFirst.page(rows, page, ExecutionLog::position);
    }

    /** Everyone's runs that pass {@code filter}, newest first: for admins only. */
    public Page<ExecutionRecord> all(PageRequest page, ExecutionFilter filter) {
        String sql = "SELECT " + COLUMNS + " FROM executions WHERE 1 = 1" + conditions(filter) + NewestFirst.after(page) + NewestFirst.ORDER;
        List<ExecutionRecord> rows = jdbi.withHandle(handle -> select(handle.createQuery(sql), filter, page));
        return NewestFirst.page(rows, page, ExecutionLog::position);
    }

    private static String conditions(ExecutionFilter filter) {
        StringBuilder sql = new StringBuilder();
        filter.language().ifPresent(ignored -> sql.append(" AND language = :language"));
        filter.status().ifPresent(ignored -> sql.append(" AND status = :status"));
        filter.userId().ifPresent(ignored -> sql.append(" AND user_id = :user_id"));
        return sql.toString();
    }

    private static List<ExecutionRecord> select(Query query, ExecutionFilter filter, PageRequest page) {
        filter.language().ifPresent(language -> query.bind("language", language));
        filter.status().ifPresent(status -> query.bind("status", status));
        filter.userId().ifPresent(user -> query.bind("user_id", user));
        return NewestFirst.bind(query, page).map((rs, ctx) -> execution(rs)).list();
    }

    private static Cursor position(ExecutionRecord run) {
        return new Cursor(run.createdAt(), run.id());
    }

    private static ExecutionRecord execution(ResultSet rs) throws SQLException {
        return new ExecutionRecord(
                rs.getString("id"),
                Optional.ofNullable(rs.getString("user_id")),
                rs.getString("language"),
                rs.getString("code_sha256"),
                rs.getInt("code_bytes"),
                rs.getString("status"),
                optionalInt(rs, "exit_code"),
                optionalInt(rs, "signal"),
                rs.getInt("queue_ms"),
                optionalInt(rs, "compile_ms"),
                rs.getInt("run_ms"),
                optionalInt(rs, "memory_kb"),
                rs.getBoolean("build_cached"),
                Origin.fromWire(rs.getString("origin")).orElseThrow(() -> new SQLException("unknown origin in executions")),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    private static OptionalInt optionalInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(value);
    }

    private static Integer nullable(OptionalInt value) {
        return value.isPresent() ? value.getAsInt() : null;
    }
}
