package dev.codelive.platform.audit;

import java.time.Instant;
import java.util.Optional;

/**
 * Filters for reading the audit log, newest first.
 *
 * @param action exact action name
 * @param actorId exact acting user
 * @param since from this instant, inclusive
 * @param until before this instant
 * @param offset entries to skip
 * @param limit most entries to return
 */
public record AuditQuery(Optional<String> action, Optional<String> actorId, Optional<Instant> since, Optional<Instant> until,
                         int offset, int limit) {}
