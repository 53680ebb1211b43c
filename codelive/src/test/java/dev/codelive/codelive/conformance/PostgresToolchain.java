package dev.codelive.codelive.conformance;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * {@code psql -At -v ON_ERROR_STOP=1 -q} on the local server, each program in a fresh schema that is first on its
 * {@code search_path} and dropped afterwards, so programs running side by side never see each other's tables or
 * functions. The server stops a statement at the timeout too ({@code statement_timeout}), and a timed-out session is
 * terminated before its schema is dropped: killing psql alone would leave the query running.
 */
record PostgresToolchain(Path psql, PostgresConnection connection) implements ScriptToolchain {
    private static final Duration CLEANUP_TIMEOUT = Duration.ofSeconds(30);

    @Override
    public Target target() {
        return Target.POSTGRES;
    }

    @Override
    public List<List<String>> versionCommands() {
        return List.of(List.of(psql.toString(), "--version"),
                List.of(psql.toString(), connection.url(), "-X", "-At", "-c", "SELECT 'server ' || version()"));
    }

    @Override
    public Processes.Completed run(String script, Path scratch, Processes processes, Duration timeout) {
        String schema = "conformance_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        Map<String, String> environment = Map.of("PGAPPNAME", schema, "PGOPTIONS",
                "-c search_path=" + schema + " -c statement_timeout=" + timeout.toMillis());
        Processes.Completed completed = processes.run(List.of(psql.toString(), connection.url(), "-X", "-At",
                "-v", "ON_ERROR_STOP=1", "-q", "-c", "CREATE SCHEMA " + schema, "-f", "-"), scratch, environment,
                script, timeout);
        Processes.Completed cleanup = processes.run(List.of(psql.toString(), connection.url(), "-X", "-At", "-q",
                "-c", "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = '"
                        + schema + "'",
                "-c", "DROP SCHEMA IF EXISTS " + schema + " CASCADE"), scratch,
                Map.of("PGOPTIONS", "-c lock_timeout=10000"), "", CLEANUP_TIMEOUT);
        if (!cleanup.succeeded()) {
            // Say so where a person reading a failure will look; stdout, which is compared, stays the program's.
            return new Processes.Completed(completed.exitCode(), completed.stdout(), completed.stderr()
                    + "\n[conformance] could not drop schema " + schema + ": " + cleanup.output(),
                    completed.timedOut(), completed.truncated(), completed.duration());
        }
        return completed;
    }
}
