package dev.codelive.exec.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codelive.exec.language.Language;
import dev.codelive.exec.language.Toolchain;
import dev.codelive.exec.testing.HostSandbox;
import dev.codelive.exec.testing.RequiresSandbox;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sqlite_script: a SQLite shell script run by sqlite3 in the real sandbox, its text output as the shell prints it. */
@RequiresSandbox
class SqliteScriptRunnerTest {
    @TempDir
    static Path work;
    private static Runner runner;

    @BeforeAll
    static void start() {
        runner = HostSandbox.runner(HostSandbox.sandbox(), work, new RunningExecutions(), null);
    }

    private static ExecutionReport run(String script, String stdin, List<String> args) throws InterruptedException {
        return runner.run(new ExecutionOrder(Language.SQLITE_SCRIPT, script, stdin, args, new RunLimits(10_000, 256, 64), null),
                HostSandbox.UID_BASE + 2);
    }

    @Test
    void theToolchainIsTheSqliteShellAndSqlsFlagGovernsIt() {
        Toolchain toolchain = HostSandbox.toolchains().of(Language.SQLITE_SCRIPT);

        assertThat(toolchain.available()).as(toolchain.missing().orElse("")).isTrue();
        assertThat(toolchain.version()).matches("SQLite shell 3\\.\\d+\\.\\d+");
        assertThat(Language.SQLITE_SCRIPT.flag()).isEqualTo(Language.SQL.flag()).isEqualTo("sql_execution");
        assertThat(Language.of("sqlite_script")).hasValue(Language.SQLITE_SCRIPT);
    }

    @Test
    void runsAScriptWithDotCommandsWithoutHeaders() throws InterruptedException {
        String script = "CREATE TEMP TABLE t (x INTEGER, y TEXT);\nINSERT INTO t VALUES (1, 'a'), (2, 'b');\n"
                + "SELECT x, y FROM t ORDER BY x;\n.separator \"\" \"\"\nSELECT 'no newline';\nSELECT '|' || char(10);\n";

        ExecutionReport report = run(script, "", List.of());

        assertThat(report.status()).as(report.stderr()).isEqualTo(Status.OK);
        assertThat(report.stdout()).isEqualTo("1|a\n2|b\nno newline|\n");
        assertThat(report.exitCode()).hasValue(0);
        assertThat(report.stderr()).isEmpty();
    }

    @Test
    void everyRunStartsFromAnEmptyDatabaseAndIgnoresStdinAndArgs() throws InterruptedException {
        assertThat(run("CREATE TABLE kept (x);\nSELECT count(*) FROM sqlite_schema;\n", "SELECT 'from stdin';\n", List.of("--version"))
                .stdout()).isEqualTo("1\n");
        assertThat(run("SELECT count(*) FROM sqlite_schema;\n", "", List.of()).stdout()).isEqualTo("0\n");
    }

    @Test
    void anErrorIsARuntimeErrorAndTheRestOfTheScriptStillRuns() throws InterruptedException {
        ExecutionReport report = run("SELECT 1;\nSELECT nope;\nSELECT 2;\n", "", List.of());

        assertThat(report.status()).isEqualTo(Status.RUNTIME_ERROR);
        assertThat(report.stdout()).isEqualTo("1\n2\n");
        assertThat(report.stderr()).contains("no such column: nope");
        assertThat(report.exitCode()).hasValue(1);
    }

    @Test
    void whatReachesPastTheDatabaseIsRefusedBySafeMode() throws InterruptedException {
        for (String escape : List.of(".shell echo escaped", ".system echo escaped", "ATTACH '/tmp/other.db' AS other;",
                ".output /tmp/out.txt", ".load /tmp/ext")) {
            ExecutionReport report = run("SELECT 'before';\n" + escape + "\nSELECT 'escaped';\n", "", List.of());

            assertThat(report.status()).as(escape).isEqualTo(Status.RUNTIME_ERROR);
            assertThat(report.stdout()).as(escape).isEqualTo("before\n");
            assertThat(report.stderr()).as(escape).contains("safe mode");
        }
    }

    @Test
    void aRunawayQueryTimesOut() throws InterruptedException {
        ExecutionReport report = runner.run(new ExecutionOrder(Language.SQLITE_SCRIPT,
                "WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c) SELECT count(*) FROM c;\n", "", List.of(),
                new RunLimits(700, 256, 64), null), HostSandbox.UID_BASE + 2);

        assertThat(report.status()).isEqualTo(Status.TIMEOUT);
    }
}
