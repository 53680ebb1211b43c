package dev.codelive.exec.language.sql;

import java.util.List;
import java.util.Optional;

/**
 * What the driver reports of a script: the results of the statements that ran, in order, and the error that
 * stopped it, if one did (statements after it did not run).
 */
public record SqlOutcome(List<SqlResultSet> results, Optional<SqlError> error) {

    public SqlOutcome {
        results = List.copyOf(results);
    }

    /** Whether every statement ran. */
    public boolean succeeded() {
        return error.isEmpty();
    }
}
