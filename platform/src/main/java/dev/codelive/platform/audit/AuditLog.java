package dev.codelive.platform.audit;

import dev.codelive.platform.http.RequestObservation;
import io.javalin.http.Context;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/** The append-only audit log: security-relevant actions with actor, time, request id and detail. */
public final class AuditLog {
    private static final int MAX_DETAIL = 2000;

    private final Jdbi jdbi;

    public AuditLog(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Records an action taken while handling {@code ctx}, with its request id and client address. */
    public void record(Context ctx, String action, boolean success, String actorId, String target, String detail) {
        RequestObservation observation = RequestObservation.of(ctx);
        append(action, success, actorId, target, observation.requestId(), observation.clientIp(), detail);
    }

    /** Records an action taken outside any request (start-up, scheduled work). */
    public void recordSystem(String action, String target, String detail) {
        append(action, true, null, target, null, null, detail);
    }

    private void append(String action, boolean success, String actorId, String target, String requestId, String clientIp, String detail) {
        String trimmed = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
        jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO audit_log (action, outcome, actor_id, target, request_id, client_ip, detail)
                        VALUES (:action, :outcome, :actor, :target, :request, :ip, :detail)""")
                .bind("action", action)
                .bind("outcome", success ? "success" : "failure")
                .bind("actor", actorId)
                .bind("target", target)
                .bind("request", requestId)
                .bind("ip", clientIp)
                .bind("detail", trimmed)
                .execute());
    }

    public List<AuditEntry> query(AuditQuery query) {
        List<String> conditions = new ArrayList<>();
        query.action().ifPresent(ignored -> conditions.add("action = :action"));
        query.actorId().ifPresent(ignored -> conditions.add("actor_id = :actor"));
        query.since().ifPresent(ignored -> conditions.add("at >= :since"));
        query.until().ifPresent(ignored -> conditions.add("at < :until"));
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return jdbi.withHandle(handle -> {
            Query select = handle.createQuery("SELECT id, at, action, outcome, actor_id, target, request_id, client_ip, detail FROM audit_log"
                    + where + " ORDER BY id DESC LIMIT :limit OFFSET :offset");
            query.action().ifPresent(action -> select.bind("action", action));
            query.actorId().ifPresent(actor -> select.bind("actor", actor));
            query.since().ifPresent(since -> select.bind("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC)));
            query.until().ifPresent(until -> select.bind("until", OffsetDateTime.ofInstant(until, ZoneOffset.UTC)));
            return select.bind("limit", query.limit()).bind("offset", query.offset())
                    .map((rs, ctx) -> new AuditEntry(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class).toInstant(),
                            rs.getString("action"), rs.getString("outcome"), rs.getString("actor_id"), rs.getString("target"),
                            rs.getString("request_id"), rs.getString("client_ip"), rs.getString("detail")))
                    .list();
        });
    }
}
