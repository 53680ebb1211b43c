package dev.codelive.exec.language.sql;

import java.time.Duration;

/**
 * How one SQL run may behave.
 *
 * @param rowCap the most rows kept of each result set; the driver stops fetching after it
 * @param statementTimeout how long one statement may run before SQLite aborts it
 * @param sample whether the sample dataset is loaded before the script runs
 */
public record SqlOptions(int rowCap, Duration statementTimeout, boolean sample) {

    public SqlOptions {
        if (rowCap < 1) {
            throw new IllegalArgumentException("the row cap must be at least 1, was " + rowCap);
        }
        if (statementTimeout.toMillis() < 1) {
            throw new IllegalArgumentException("the statement timeout must be at least 1 ms, was " + statementTimeout);
        }
    }
}
