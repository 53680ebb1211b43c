package dev.codelive.exec.history;

import java.util.Objects;
import java.util.Optional;

/**
 * Which executions to list; an empty field does not filter.
 *
 * @param language only runs in this language
 * @param status only runs that ended so
 * @param userId only this user's runs (admins' listings)
 */
public record ExecutionFilter(Optional<String> language, Optional<String> status, Optional<String> userId) {
    /** Every execution. */
    public static final ExecutionFilter NONE = new ExecutionFilter(Optional.empty(), Optional.empty(), Optional.empty());

    public ExecutionFilter {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(userId, "userId");
    }
}
