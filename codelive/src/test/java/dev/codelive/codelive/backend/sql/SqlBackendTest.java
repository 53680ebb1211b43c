package dev.codelive.codelive.backend.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codelive.codelive.analysis.Analyzer;
import dev.codelive.codelive.backend.BackendRefusal;
import dev.codelive.codelive.backend.Generated;
import dev.codelive.codelive.ir.Program;
import dev.codelive.codelive.knobs.Fallback;
import dev.codelive.codelive.knobs.Knobs;
import dev.codelive.codelive.knobs.SqlDialect;
import dev.codelive.codelive.syntax.PythonParser;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The sql backend's knobs, refusals and the shape of its scripts (their output is checked by SqlConformanceTest). */
class SqlBackendTest {
    private final SqlBackend backend = new SqlBackend();

    private static Program program(String code, Program.IntWidth width) {
        return new Analyzer().analyze(new PythonParser().parse(code), width);
    }

    private static Knobs knobs(SqlDialect dialect, boolean parallel, boolean unsafe) {
        return new Knobs(parallel, 4, unsafe, Set.of(), dialect);
    }

    @Test
    void parallelFallsBackToSequentialWithAWarning() {
        Generated generated = backend.generate(program("print(sum(i for i in range(10)))", Program.IntWidth.I64),
                knobs(SqlDialect.POSTGRES, true, false));
        assertThat(generated.warnings()).containsExactly("parallel: not yet rendered by sql; rendered sequentially");
        assertThat(generated.fallback()).map(Fallback::from).contains("parallel");
    }

    @Test
    void unsafeHasNoEffectAndSaysSo() {
        Generated generated = backend.generate(program("print(1)", Program.IntWidth.I64), knobs(SqlDialect.SQLITE, false, true));
        assertThat(generated.warnings()).containsExactly("unsafe: no effect on the sql backend (SQL has no checks to drop)");
        assertThat(generated.fallback()).isEmpty();
    }

    @Test
    void sqliteRefusesIntsBeyond64BitsAndWhileLoopsWithTheirPosition() {
        assertThatThrownBy(() -> backend.generate(program("print(2 ** 100)", Program.IntWidth.BIG), Knobs.DEFAULTS))
                .isInstanceOf(BackendRefusal.class).hasMessage("the sql backend cannot render: ints beyond 64 bits (sqlite) at 1:1");
        assertThatThrownBy(() -> backend.generate(program("i = 0\nwhile i < 3:\n    i += 1\nprint(i)", Program.IntWidth.I64), Knobs.DEFAULTS))
                .isInstanceOf(BackendRefusal.class).hasMessage("the sql backend cannot render: while loops (no procedural language) (sqlite) at 2:1");
    }

    @Test
    void postgresRefusesListsChangedThroughAnotherName() {
        assertThatThrownBy(() -> backend.generate(program("a = [1]\nb = a\nb.append(2)\nprint(a)", Program.IntWidth.I64),
                knobs(SqlDialect.POSTGRES, false, false)))
                .isInstanceOf(BackendRefusal.class).hasMessageContaining("a list changed in place while another name holds it");
    }

    @Test
    void postgresRendersPrintsAsRowsOfTheStdoutTableAndHelpersOnlyWhenUsed() {
        String script = backend.generate(program("x = -7\nprint(x // 2, x % 3)", Program.IntWidth.I64), knobs(SqlDialect.POSTGRES, false, false)).source();
        assertThat(script).contains("x := -7;", "INSERT INTO stdout(chunk) VALUES (pg_temp.py_floordiv(x, 2)::text", "\\echo -n :stdout")
                .contains("CREATE FUNCTION pg_temp.py_floordiv(a bigint, b bigint)").doesNotContain("py_float_repr(x double precision)");
        String wide = backend.generate(program("x = -7\nprint(x // 2)", Program.IntWidth.BIG), knobs(SqlDialect.POSTGRES, false, false)).source();
        assertThat(wide).contains("x numeric;", "pg_temp.py_floordiv(a numeric, b numeric)", "div(a, b)");
        // a value proven non-negative divides with SQL's own operators
        String proven = backend.generate(program("x = 7\nprint(x // 2, x % 3)", Program.IntWidth.I64), knobs(SqlDialect.POSTGRES, false, false)).source();
        assertThat(proven).contains("(x / 2)::text || ' ' || (x % 3)::text").doesNotContain("py_floordiv");
    }

    @Test
    void sqliteKeepsVariablesInOneRowAndAssignsTuplesAtOnce() {
        String script = backend.generate(program("a, b = 1, 2\na, b = b, a\nprint(a, b)", Program.IntWidth.I64), Knobs.DEFAULTS).source();
        assertThat(script).contains("CREATE TEMP TABLE vars (a INTEGER, b INTEGER);", "UPDATE vars SET a = b, b = a;",
                "SELECT a || ' ' || b FROM vars;");
    }
}
