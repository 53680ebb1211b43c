package dev.codelive.exec.language.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codelive.exec.language.sql.SqlValue.Int;
import dev.codelive.exec.language.sql.SqlValue.Null;
import dev.codelive.exec.language.sql.SqlValue.Real;
import dev.codelive.exec.language.sql.SqlValue.Text;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The driver run by the host's python3, as the sandbox runs it but without the sandbox. */
@RequiresPython3
class SqliteDriverProcessTest {
    private static final SqlOptions OPTIONS = new SqlOptions(100, Duration.ofSeconds(10), false);
    private static final SqlOptions SAMPLE = new SqlOptions(100, Duration.ofSeconds(10), true);

    @TempDir
    Path directory;

    private DriverProcess.Run run(String script, SqlOptions options) {
        return new DriverProcess(directory).run(script, options);
    }

    private SqlOutcome succeeded(String script, SqlOptions options) {
        DriverProcess.Run run = run(script, options);
        assertThat(run.exitCode()).as(run.stderr() + run.stdout()).isZero();
        SqlOutcome outcome = run.outcome();
        assertThat(outcome.error()).isEmpty();
        return outcome;
    }

    private SqlOutcome failed(String script, SqlOptions options) {
        DriverProcess.Run run = run(script, options);
        assertThat(run.exitCode()).as(run.stderr() + run.stdout()).isEqualTo(1);
        SqlOutcome outcome = run.outcome();
        assertThat(outcome.error()).isPresent();
        return outcome;
    }

    @Test
    void aSelectGivesItsColumnsAndRows() {
        SqlOutcome outcome = succeeded("""
                CREATE TABLE t (id INTEGER, name TEXT);
                INSERT INTO t VALUES (1, 'one'), (2, 'two');
                SELECT id, name AS label FROM t ORDER BY id;
                """, OPTIONS);

        assertThat(outcome.results()).hasSize(3);
        SqlResultSet select = outcome.results().get(2);
        assertThat(select.statementIndex()).isEqualTo(2);
        assertThat(select.line()).isEqualTo(3);
        assertThat(select.columns()).containsExactly("id", "label");
        assertThat(select.rows()).containsExactly(List.of(new Int(1), new Text("one")), List.of(new Int(2), new Text("two")));
        assertThat(select.truncated()).isFalse();
    }

    @Test
    void commandsGetAnEntryWithNoColumnsAndTheRowsTheyChanged() {
        SqlOutcome outcome = succeeded("""
                CREATE TABLE t (a);
                CREATE TABLE log (a);
                CREATE TRIGGER copy AFTER INSERT ON t BEGIN INSERT INTO log VALUES (new.a); END;
                INSERT INTO t VALUES (1), (2), (3);
                UPDATE t SET a = a * 10 WHERE a > 1;
                SELECT count(*) FROM log;
                """, OPTIONS);

        assertThat(outcome.results()).extracting(SqlResultSet::columns)
                .containsExactly(List.of(), List.of(), List.of(), List.of(), List.of(), List.of("count(*)"));
        // The trigger's three inserts into log are not the INSERT's own changes.
        assertThat(outcome.results()).extracting(SqlResultSet::changes).containsExactly(0L, 0L, 0L, 3L, 2L, 0L);
        assertThat(outcome.results().get(5).rows()).containsExactly(List.of(new Int(3)));
    }

    @Test
    void insertReturningCountsItsRowsEvenWhenTheCapCutsThem() {
        SqlOutcome outcome = succeeded("""
                CREATE TABLE t (a);
                INSERT INTO t VALUES (1), (2), (3), (4) RETURNING a;
                SELECT count(*) FROM t;
                """, new SqlOptions(2, Duration.ofSeconds(10), false));

        SqlResultSet returning = outcome.results().get(1);
        assertThat(returning.rows()).containsExactly(List.of(new Int(1)), List.of(new Int(2)));
        assertThat(returning.truncated()).isTrue();
        assertThat(returning.changes()).isEqualTo(4);
        assertThat(outcome.results().get(2).rows()).containsExactly(List.of(new Int(4)));
    }

    @Test
    void valuesKeepTheirTypes() {
        SqlOutcome outcome = succeeded("""
                SELECT NULL, x'00ff10', 0.1, 1e100, 9223372036854775807, -9223372036854775808, 9e999, -9e999,
                       'Bandoneón ♪', CAST(x'ff' AS TEXT), 2.0;
                """, OPTIONS);

        assertThat(outcome.results().getFirst().rows().getFirst()).containsExactly(new Null(), new Text("x'00ff10'"),
                new Real(0.1), new Real(1e100), new Int(Long.MAX_VALUE), new Int(Long.MIN_VALUE), new Text("Inf"),
                new Text("-Inf"), new Text("Bandoneón ♪"), new Text("\uFFFD"), new Real(2.0));
    }

    @Test
    void theRowCapStopsAMillionRowQueryAtTheCap() {
        SqlOutcome outcome = succeeded("""
                WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n LIMIT 1000000) SELECT x FROM n;
                """, new SqlOptions(50, Duration.ofSeconds(10), false));

        SqlResultSet result = outcome.results().getFirst();
        assertThat(result.rows()).hasSize(50);
        assertThat(result.rows().getLast()).containsExactly(new Int(50));
        assertThat(result.truncated()).isTrue();
    }

    @Test
    void theRowCapNeverAsksForTheRestOfAnEndlessQuery() {
        // Had the driver fetched every row, this would run into the deadline instead of returning.
        SqlOutcome outcome = succeeded("""
                WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT x FROM n;
                SELECT 'after';
                """, new SqlOptions(7, Duration.ofSeconds(5), false));

        assertThat(outcome.results().getFirst().rows()).hasSize(7);
        assertThat(outcome.results().getFirst().truncated()).isTrue();
        assertThat(outcome.results().get(1).rows()).containsExactly(List.of(new Text("after")));
    }

    @Test
    void exactlyTheCapIsNotTruncated() {
        SqlOutcome outcome = succeeded("SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3;",
                new SqlOptions(3, Duration.ofSeconds(10), false));

        assertThat(outcome.results().getFirst().rows()).hasSize(3);
        assertThat(outcome.results().getFirst().truncated()).isFalse();
    }

    @Test
    void theDeadlineStopsAnEndlessStatementAndKeepsWhatRanBefore() {
        SqlOutcome outcome = failed("""
                SELECT 'before';
                WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT count(*) FROM n;
                SELECT 'never';
                """, new SqlOptions(10, Duration.ofMillis(300), false));

        assertThat(outcome.results()).hasSize(1);
        SqlError error = outcome.error().orElseThrow();
        assertThat(error.message()).isEqualTo("statement stopped: it ran longer than the 300 ms statement deadline");
        assertThat(error.statementIndex()).isEqualTo(1);
        assertThat(error.line()).isEqualTo(2);
    }

    @Test
    void theDeadlineIsPerStatementNotPerScript() {
        // Twenty statements of about 60 ms each on an idle machine: together well over the deadline, each far under
        // it, so that a loaded machine still keeps each one in time.
        String slow = "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n LIMIT 200000) SELECT count(*) FROM n;\n";
        Duration deadline = Duration.ofMillis(500);
        long start = System.nanoTime();
        SqlOutcome outcome = succeeded(slow.repeat(20), new SqlOptions(10, deadline, false));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(outcome.results()).hasSize(20)
                .allSatisfy(result -> assertThat(result.rows()).containsExactly(List.of(new Int(200_000))));
        assertThat(took).as("the script must run longer than one deadline to show anything").isGreaterThan(deadline);
    }

    @Test
    void semicolonsInStringsNamesCommentsAndTriggersDoNotEndAStatement() {
        SqlOutcome outcome = succeeded("""
                CREATE TABLE "a;b" (v TEXT); -- a comment; with a semicolon
                /* a block comment;
                   over lines; */ INSERT INTO "a;b" VALUES ('x;y'), ('it''s; fine');
                CREATE TABLE log (v TEXT);
                CREATE TRIGGER t AFTER INSERT ON "a;b" BEGIN
                    INSERT INTO log VALUES ('one;');
                    INSERT INTO log VALUES ('two;');
                END;
                INSERT INTO "a;b" VALUES (';'); SELECT v FROM "a;b" ORDER BY rowid; SELECT v FROM log
                """, OPTIONS);

        assertThat(outcome.results()).extracting(SqlResultSet::line).containsExactly(1, 3, 4, 5, 9, 9, 9);
        assertThat(outcome.results().get(5).rows())
                .containsExactly(List.of(new Text("x;y")), List.of(new Text("it's; fine")), List.of(new Text(";")));
        assertThat(outcome.results().get(6).rows()).containsExactly(List.of(new Text("one;")), List.of(new Text("two;")));
    }

    @Test
    void anErrorInTheThirdStatementKeepsTheFirstTwoAndStops() {
        DriverProcess.Run run = run("""
                CREATE TABLE t (a);
                INSERT INTO t VALUES (1);

                SELECT nope FROM t;
                INSERT INTO t VALUES (2);
                """, OPTIONS);

        assertThat(run.exitCode()).isEqualTo(1);
        SqlOutcome outcome = run.outcome();
        assertThat(outcome.results()).extracting(SqlResultSet::statementIndex).containsExactly(0, 1);
        assertThat(outcome.error()).contains(new SqlError("no such column: nope", 2, 4));
        assertThat(SqlText.stderr(outcome)).isEqualTo("Error: near line 4: no such column: nope\n");
    }

    @Test
    void emptyStatementsAreNotCounted() {
        SqlOutcome outcome = succeeded(";;\nSELECT 1;;; -- done\n;SELECT 2", OPTIONS);

        assertThat(outcome.results()).extracting(SqlResultSet::statementIndex).containsExactly(0, 1);
        assertThat(outcome.results()).extracting(SqlResultSet::line).containsExactly(2, 3);
    }

    @Test
    void anUnterminatedStringIsAnError() {
        SqlOutcome outcome = failed("SELECT 1;\nSELECT 'open;\n", OPTIONS);

        assertThat(outcome.results()).hasSize(1);
        assertThat(outcome.error().orElseThrow().message()).startsWith("unrecognized token");
        assertThat(outcome.error().orElseThrow().line()).isEqualTo(2);
    }

    @Test
    void aTriggerWithoutEndIsIncompleteInput() {
        SqlOutcome outcome = failed("CREATE TABLE t (a);\nCREATE TRIGGER x AFTER INSERT ON t BEGIN SELECT 1;\n", OPTIONS);

        assertThat(outcome.error()).contains(new SqlError("incomplete input", 1, 2));
    }

    @Test
    void emptyInputRunsNothing() {
        assertThat(succeeded("", OPTIONS).results()).isEmpty();
        assertThat(succeeded("  \n-- only a comment\n/* and another */\n", OPTIONS).results()).isEmpty();
    }

    @Test
    void theSampleDatasetLoadsAndJoins() {
        SqlOutcome outcome = succeeded("""
                SELECT (SELECT count(*) FROM artists), (SELECT count(*) FROM albums),
                       (SELECT count(*) FROM tracks), (SELECT count(*) FROM plays);
                SELECT ar.name, count(p.play_id) AS plays
                FROM artists ar
                LEFT JOIN albums al ON al.artist_id = ar.artist_id
                LEFT JOIN tracks t ON t.album_id = al.album_id
                LEFT JOIN plays p ON p.track_id = t.track_id
                GROUP BY ar.artist_id
                ORDER BY plays DESC, ar.name;
                """, SAMPLE);

        assertThat(outcome.results().get(0).rows()).containsExactly(List.of(new Int(6), new Int(8), new Int(20), new Int(16)));
        SqlResultSet join = outcome.results().get(1);
        assertThat(join.columns()).containsExactly("name", "plays");
        assertThat(join.rows()).hasSize(6);
        assertThat(join.rows().getFirst()).containsExactly(new Text("Nadia Okafor"), new Int(7));
        assertThat(join.rows().getLast()).containsExactly(new Text("Quiet Harbour"), new Int(0));
    }

    @Test
    void withoutTheSampleThereAreNoTables() {
        SqlOutcome outcome = failed("SELECT * FROM artists;", OPTIONS);

        assertThat(outcome.error().orElseThrow().message()).isEqualTo("no such table: artists");
    }

    @Test
    void attachIsRefused() {
        Path file = directory.resolve("other.db");
        SqlOutcome outcome = failed("SELECT 1;\nATTACH DATABASE '" + file + "' AS other;", OPTIONS);

        assertThat(outcome.error()).contains(new SqlError(
                "ATTACH is not allowed: the database lives in memory and may not open files", 1, 2));
        assertThat(file).doesNotExist();
    }

    @Test
    void vacuumIntoAFileIsRefused() {
        Path file = directory.resolve("copy.db");
        SqlOutcome outcome = failed("CREATE TABLE t (a); VACUUM INTO '" + file + "';", OPTIONS);

        assertThat(outcome.error().orElseThrow().message()).startsWith("ATTACH is not allowed");
        assertThat(file).doesNotExist();
    }

    @Test
    void loadingAnExtensionIsRefused() {
        SqlOutcome outcome = failed("SELECT load_extension('/usr/lib/x86_64-linux-gnu/libsqlite3.so.0');", OPTIONS);

        assertThat(outcome.error().orElseThrow().message()).isEqualTo("not authorized");
    }

    @Test
    void aDotCommandIsReportedAsNotSql() {
        SqlOutcome outcome = failed("SELECT 1;\n.mode csv\nSELECT 2;", OPTIONS);

        assertThat(outcome.results()).hasSize(1);
        assertThat(outcome.error()).contains(new SqlError(
                "dot-commands of the sqlite3 shell are not SQL and are not supported: .mode csv", 1, 2));
    }

    @Test
    void transactionsMeanWhatTheySay() {
        SqlOutcome outcome = succeeded("""
                CREATE TABLE t (a);
                BEGIN; INSERT INTO t VALUES (1); ROLLBACK;
                BEGIN; INSERT INTO t VALUES (2); COMMIT;
                SELECT a FROM t;
                """, OPTIONS);

        assertThat(outcome.results().getLast().rows()).containsExactly(List.of(new Int(2)));
    }

    @Test
    void eachRunStartsFromAnEmptyDatabase() {
        succeeded("CREATE TABLE kept (a);", OPTIONS);

        assertThat(failed("SELECT * FROM kept;", OPTIONS).error().orElseThrow().message()).isEqualTo("no such table: kept");
    }

    @Test
    void badArgumentsAreTheCallersErrorWithExitTwo() {
        DriverProcess process = new DriverProcess(directory);
        process.run("SELECT 1;", OPTIONS);
        String python = RequiresPython3.Condition.location();
        String driver = directory.resolve("sqlite_driver.py").toString();
        String script = directory.resolve("main.sql").toString();

        List<List<String>> bad = List.of(
                List.of(python, "-I", "-S", driver),
                List.of(python, "-I", "-S", driver, script, "--row-cap", "0", "--statement-timeout-ms", "100"),
                List.of(python, "-I", "-S", driver, script, "--row-cap", "-5", "--statement-timeout-ms", "100"),
                List.of(python, "-I", "-S", driver, script, "--row-cap", "10"),
                List.of(python, "-I", "-S", driver, script, "--row-cap", "10", "--statement-timeout-ms", "100", "--bogus"),
                List.of(python, "-I", "-S", driver, directory.resolve("missing.sql").toString(), "--row-cap", "10",
                        "--statement-timeout-ms", "100"));
        for (List<String> argv : bad) {
            DriverProcess.Run run = process.exec(argv);
            assertThat(run.exitCode()).as(String.join(" ", argv)).isEqualTo(2);
            assertThat(run.stdout()).isEmpty();
            assertThat(run.stderr()).startsWith("sqlite_driver: ");
        }
    }
}
