package dev.codelive.exec.language.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codelive.exec.language.sql.SqlValue.Int;
import dev.codelive.exec.language.sql.SqlValue.Null;
import dev.codelive.exec.language.sql.SqlValue.Real;
import dev.codelive.exec.language.sql.SqlValue.Text;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SqlTextTest {

    private static SqlResultSet query(List<String> columns, List<List<SqlValue>> rows, boolean truncated) {
        return new SqlResultSet(0, 1, columns, rows, truncated, 0);
    }

    private static SqlOutcome outcome(SqlResultSet... results) {
        return new SqlOutcome(List.of(results), Optional.empty());
    }

    @Test
    void aTableAsPsqlAlignsIt() {
        SqlResultSet result = query(List.of("a", "bbbbbb", "c", "d"), List.of(
                List.of(new Int(1), new Text("xy"), new Null(), new Real(2.5)),
                List.of(new Int(22), new Text("a\nb"), new Int(3), new Int(4))), false);

        // psql's own output for the same rows, trailing spaces dropped.
        assertThat(SqlText.table(result)).isEqualTo("""
                 a  | bbbbbb | c |  d
                ----+--------+---+-----
                  1 | xy     |   | 2.5
                 22 | a     +| 3 |   4
                    | b      |   |
                (2 rows)
                """);
    }

    @Test
    void footersCountRows() {
        assertThat(SqlText.table(query(List.of("x"), List.of(), false))).isEqualTo(" x\n---\n(0 rows)\n");
        assertThat(SqlText.table(query(List.of("x"), List.of(List.of(new Int(1))), false))).isEqualTo(" x\n---\n 1\n(1 row)\n");
        assertThat(SqlText.table(query(List.of("x"), List.of(List.of(new Int(1)), List.of(new Int(2))), true)))
                .endsWith(" 2\n(truncated at 2 rows)\n");
    }

    @Test
    void wideCharactersTakeTwoColumns() {
        SqlResultSet result = query(List.of("title", "n"), List.of(
                List.of(new Text("東京"), new Int(1)),
                List.of(new Text("abcd"), new Int(2))), false);

        assertThat(SqlText.table(result)).isEqualTo("""
                 title | n
                -------+---
                 東京  | 1
                 abcd  | 2
                (2 rows)
                """);
    }

    @Test
    void resultsAreSeparatedByABlankLineAndCommandsShowOnlyTheRowsTheyChanged() {
        String text = SqlText.stdout(outcome(
                new SqlResultSet(0, 1, List.of(), List.of(), false, 0),
                new SqlResultSet(1, 2, List.of(), List.of(), false, 3),
                query(List.of("x"), List.of(List.of(new Int(1))), false),
                new SqlResultSet(3, 4, List.of(), List.of(), false, 1),
                query(List.of("y"), List.of(), false)));

        assertThat(text).isEqualTo("""
                (3 rows changed)

                 x
                ---
                 1
                (1 row)

                (1 row changed)

                 y
                ---
                (0 rows)
                """);
    }

    @Test
    void nothingRanIsNoText() {
        assertThat(SqlText.stdout(outcome())).isEmpty();
        assertThat(SqlText.stderr(outcome())).isEmpty();
    }

    @Test
    void theErrorIsTheShellsLine() {
        SqlOutcome failed = new SqlOutcome(List.of(), Optional.of(new SqlError("near \"SELEC\": syntax error", 2, 5)));

        assertThat(SqlText.stderr(failed)).isEqualTo("Error: near line 5: near \"SELEC\": syntax error\n");
        assertThat(SqlText.stdout(failed)).isEmpty();
    }

    /** Expected values are what {@code sqlite3} 3.40 prints for the same REAL. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0.1|0.1",
        "1.0|1.0",
        "1e100|1.0e+100",
        "0.3333333333333333|0.333333333333333",
        "123456789012345678.0|1.23456789012346e+17",
        "1e-5|1.0e-05",
        "0.0001|0.0001",
        "1e15|1.0e+15",
        "1e14|100000000000000.0",
        "-2.5|-2.5",
        "100.0|100.0",
        "-0.0|0.0",
        "1.5e-300|1.5e-300",
        "4.9e-324|4.94065645841247e-324",
        "1.7976931348623157e308|1.79769313486232e+308",
        "-1234.5678|-1234.5678",
    })
    void realsReadAsTheSqliteShellPrintsThem(double value, String text) {
        assertThat(new Real(value).text()).isEqualTo(text);
    }
}
