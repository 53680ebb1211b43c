package dev.codelive.exec.language.sql;

import dev.codelive.exec.language.WorkDirectory;
import dev.codelive.exec.run.ExecutionOrder;
import dev.codelive.exec.run.ExecutionReport;
import dev.codelive.exec.run.SqlResults;
import dev.codelive.exec.run.SqlRunner;
import dev.codelive.exec.run.Status;
import dev.codelive.exec.sandbox.Bind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * SQL in the sandbox: the driver and sample dataset shown under /sandbox, and the driver's JSON turned into the
 * report's text output and structured results.
 */
public final class SqliteRunner implements SqlRunner {
    private static final SqliteDriver DRIVER = SqliteDriver.inSandbox();
    private static final SqlOptions ALL_FILES = new SqlOptions(1, Duration.ofSeconds(1), true);
    private final List<Bind> binds;

    public SqliteRunner(WorkDirectory work) {
        List<Bind> files = new ArrayList<>();
        for (DriverFile file : DRIVER.files(ALL_FILES)) {
            String name = file.path().substring(file.path().lastIndexOf('/') + 1);
            files.add(new Bind(work.sharedFile(name, file.content()), file.path()));
        }
        this.binds = List.copyOf(files);
    }

    @Override
    public List<Bind> binds() {
        return binds;
    }

    @Override
    public List<String> driverArgs(ExecutionOrder.SqlOptions options) {
        return DRIVER.argv(new SqlOptions(options.rowCap(), Duration.ofMillis(options.statementTimeoutMs()), options.sampleDataset()));
    }

    /** Only a run that ended by itself has a whole JSON document to read; other endings keep their status. */
    @Override
    public ExecutionReport interpret(ExecutionReport raw) {
        if (raw.status() != Status.OK && raw.status() != Status.RUNTIME_ERROR) {
            String note = raw.status() == Status.OUTPUT_LIMIT ? "the results went over the output limit; ask for fewer rows (row_cap)\n" : "";
            return copy(raw, raw.status(), "", note + raw.stderr(), Optional.empty());
        }
        SqlOutcome outcome;
        try {
            outcome = SqlOutcomeJson.parse(raw.stdout());
        } catch (IllegalArgumentException e) {
            return copy(raw, Status.RUNTIME_ERROR, "", raw.stderr(), Optional.empty());
        }
        List<Map<String, Object>> sets = new ArrayList<>();
        boolean truncated = false;
        for (SqlResultSet set : outcome.results()) {
            if (!set.query()) {
                continue;
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("statement_index", set.statementIndex());
            json.put("columns", set.columns());
            json.put("rows", set.rows().stream().map(row -> row.stream().map(SqliteRunner::json).toList()).toList());
            json.put("truncated", set.truncated());
            sets.add(json);
            truncated |= set.truncated();
        }
        Status status = outcome.succeeded() ? Status.OK : Status.RUNTIME_ERROR;
        return copy(raw, status, SqlText.stdout(outcome), SqlText.stderr(outcome) + raw.stderr(), Optional.of(new SqlResults(sets, truncated)));
    }

    private static Object json(SqlValue value) {
        return switch (value) {
            case SqlValue.Null ignored -> null;
            case SqlValue.Int integer -> integer.value();
            case SqlValue.Real real -> real.value();
            case SqlValue.Text text -> text.value();
        };
    }

    private static ExecutionReport copy(ExecutionReport raw, Status status, String stdout, String stderr, Optional<SqlResults> sql) {
        return new ExecutionReport(status, raw.exitCode(), raw.signal(), stdout, stderr, raw.stdoutTruncated(), raw.stderrTruncated(),
                raw.queueMs(), raw.compileMs(), raw.runMs(), raw.memoryKb(), raw.buildCached(), sql);
    }
}
