package dev.codelive.exec.run;

import dev.codelive.exec.language.Language;
import java.util.List;

/**
 * One execution asked for, already validated and with its limits capped by the policy.
 *
 * @param language what the code is written in
 * @param code the program
 * @param stdin its standard input
 * @param args its command-line arguments
 * @param limits what the run may use
 * @param sql SQL's options, for {@link Language#SQL}
 */
public record ExecutionOrder(Language language, String code, String stdin, List<String> args, RunLimits limits, SqlOptions sql) {
    public ExecutionOrder {
        args = List.copyOf(args);
    }

    /**
     * @param sampleDataset load the documented sample dataset before the code
     * @param rowCap rows kept per result set
     * @param statementTimeoutMs deadline of each statement
     */
    public record SqlOptions(boolean sampleDataset, int rowCap, long statementTimeoutMs) {}
}
