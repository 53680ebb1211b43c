package dev.codelive.codelive.backend.sql;

import dev.codelive.codelive.knobs.Fallback;
import dev.codelive.codelive.backend.Backend;
import dev.codelive.codelive.backend.BackendInfo;
import dev.codelive.codelive.backend.Generated;
import dev.codelive.codelive.ir.Program;
import dev.codelive.codelive.knobs.Knobs;
import dev.codelive.codelive.knobs.SqlDialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code sql} backend: one script for the dialect of {@link Knobs#dialect()} whose text output is exactly
 * CPython's stdout. PostgreSQL renders the whole subset it can express in PL/pgSQL; SQLite, without a procedural
 * language, renders straight-line code, set-based loops and queries, and refuses the rest.
 */
public final class SqlBackend implements Backend {
    private static final BackendInfo INFO = new BackendInfo("sql", "SQL: PostgreSQL 15 (PL/pgSQL) or SQLite 3.40",
            "postgres: psql -At -q -v ON_ERROR_STOP=1 -f main.sql; sqlite: sqlite3 -batch -noheader < main.sql", List.of("dialect"),
            List.of("tuples as values, lists of lists", "functions reading module-level variables (postgres)",
                    "a list changed in place while another name holds it", "math.log2, hypot, copysign, comb, perm, isclose",
                    "float repr and float format specs (sqlite: no exact shortest formatting)",
                    "while loops, functions, break/continue and list mutation (sqlite: no procedural language)",
                    "ints beyond 64 bits (sqlite)"));

    @Override
    public String name() {
        return "sql";
    }

    @Override
    public BackendInfo info() {
        return INFO;
    }

    @Override
    public Generated generate(Program program, Knobs knobs) {
        List<String> warnings = new ArrayList<>();
        Optional<Fallback> fallback = Optional.empty();
        if (knobs.parallel()) {
            warnings.add("parallel: not yet rendered by sql; rendered sequentially");
            fallback = Optional.of(new Fallback("parallel", "the sql backend renders every loop and query sequentially"));
        }
        if (knobs.unsafe()) {
            warnings.add("unsafe: no effect on the sql backend (SQL has no checks to drop)");
        }
        String source = knobs.dialect() == SqlDialect.POSTGRES ? new PostgresScript(program).render() : new SqliteScript(program).render();
        return new Generated(source, warnings, fallback);
    }
}
