package dev.codelive.codelive.backend.sql;

import dev.codelive.codelive.ir.Program;

/** A whole SQLite script (work in progress). */
final class SqliteScript {
    private final Program program;

    SqliteScript(Program program) {
        this.program = program;
    }

    String render() {
        throw Refusals.refuse("programs (the sqlite dialect is not rendered yet)", program.main().isEmpty() ? null : program.main().getFirst().span());
    }
}
