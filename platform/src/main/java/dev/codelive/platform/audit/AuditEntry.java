package dev.codelive.platform.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * One line of the audit log.
 *
 * @param id position in the log, increasing
 * @param at when it happened
 * @param action what happened, e.g. {@code auth.login}
 * @param outcome success or failure
 * @param actorId the acting user, when known
 * @param target what it was done to
 * @param requestId the request that did it
 * @param clientIp where the request came from
 * @param detail anything else worth keeping
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditEntry(long id, Instant at, String action, String outcome, String actorId, String target,
                         String requestId, String clientIp, String detail) {}
