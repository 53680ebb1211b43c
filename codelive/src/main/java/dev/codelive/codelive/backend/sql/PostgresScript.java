package dev.codelive.codelive.backend.sql;

import dev.codelive.codelive.backend.support.Effects;
import dev.codelive.codelive.backend.support.IntLowerBounds;
import dev.codelive.codelive.backend.support.Mutations;
import dev.codelive.codelive.backend.support.SourceWriter;
import dev.codelive.codelive.ir.Expr;
import dev.codelive.codelive.ir.Function;
import dev.codelive.codelive.ir.IrWalk;
import dev.codelive.codelive.ir.Program;
import dev.codelive.codelive.ir.Stmt;
import dev.codelive.codelive.ir.Type;
import dev.codelive.codelive.ir.Variable;
import dev.codelive.codelive.syntax.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A whole PostgreSQL script: helper functions and the snippet's functions in {@code pg_temp}, the module's code as a
 * {@code DO} block, every print appended to the temp table {@code stdout}, and the output printed at the end with
 * psql's {@code \echo -n}, byte for byte (a query result would always end with a newline).
 */
final class PostgresScript {
    private final Program program;
    private final PgTypes types;
    private final PgPrelude prelude;
    private final SqlNames names;
    private final Effects effects;

    PostgresScript(Program program) {
        this.program = program;
        this.types = new PgTypes(program.intWidth());
        this.prelude = new PgPrelude(types);
        this.names = SqlNames.of(program);
        this.effects = Effects.of(program);
    }

    String render() {
        checkSharing();
        SourceWriter functions = new SourceWriter("    ");
        for (Function function : program.functions()) {
            function(function, functions);
        }
        SourceWriter main = new SourceWriter("    ");
        body("DO $main$", program.globals(), program.main(), main);
        main.line("$main$;");

        SourceWriter script = new SourceWriter("    ");
        script.line("-- Rendered by Code Live from a Python snippet. Run: psql -At -q -v ON_ERROR_STOP=1 -f main.sql");
        script.line("-- Each print appends its text to the table stdout; the last lines print it all, exactly.");
        script.line("SET client_min_messages = warning;");
        script.line("SET extra_float_digits = 1; -- floats print with the shortest digits that read back the same");
        script.line("CREATE TEMP TABLE stdout (n serial PRIMARY KEY, chunk text NOT NULL);");
        String helpers = prelude.render();
        if (!helpers.isEmpty()) {
            script.blank();
            script.raw(helpers.replaceAll("\n\n+", "\n\n").stripTrailing());
        }
        if (!functions.toString().isEmpty()) {
            script.blank();
            script.raw(functions.toString().stripTrailing());
        }
        script.blank();
        script.raw(main.toString());
        script.blank();
        script.line("SELECT coalesce(string_agg(chunk, '' ORDER BY n), '') AS stdout FROM stdout \\gset");
        script.line("\\echo -n :stdout");
        return script.toString();
    }

    /** Lists are values in PostgreSQL: a program that changes a list visible under two names is refused. */
    private void checkSharing() {
        if (!program.globalsReadByFunctions().isEmpty()) {
            Variable global = program.globalsReadByFunctions().getFirst();
            throw Refusals.refuse("functions reading module-level variables (" + global.name() + ")", firstUse(global));
        }
        Mutations.of(program.main()).mutatedAlias().ifPresent(variable -> {
            throw Refusals.refuse("a list changed in place while another name holds it (" + variable.name() + ")", firstUse(variable));
        });
        for (Function function : program.functions()) {
            Mutations.of(function.body()).mutatedAlias().ifPresent(variable -> {
                throw Refusals.refuse("a list changed in place while another name holds it (" + variable.name() + ")", firstUse(variable));
            });
        }
    }

    /** Where the variable is first read: statement by statement, each statement's expressions in source order. */
    private Span firstUse(Variable variable) {
        Span[] found = {null};
        Consumer<Expr> visitor = expression -> {
            if (found[0] == null && expression instanceof Expr.Load load && load.variable().equals(variable)) {
                found[0] = load.span();
            }
        };
        List<List<Stmt>> bodies = new ArrayList<>();
        program.functions().forEach(function -> bodies.add(function.body()));
        bodies.add(program.main());
        bodies.forEach(body -> IrWalk.statements(body, statement -> IrWalk.ownExpressions(statement)
                .forEach(own -> IrWalk.expressions(own, visitor))));
        return found[0];
    }

    private void function(Function function, SourceWriter out) {
        Span where = function.body().isEmpty() ? null : function.body().getFirst().span();
        String parameters = function.parameters().stream()
                .map(parameter -> names.of(parameter) + " " + types.sql(parameter.type(), where))
                .collect(Collectors.joining(", "));
        String result = function.returnType() instanceof Type.None ? "void" : types.sql(function.returnType(), where);
        out.line("CREATE FUNCTION " + expressionsFor(function.body()).function(function.name()) + "(" + parameters + ") RETURNS " + result);
        body("LANGUAGE plpgsql AS $fn$", function.locals(), function.body(), out);
        out.line("$fn$;");
        out.blank();
    }

    private PgExpressions expressionsFor(List<Stmt> body) {
        return new PgExpressions(types, prelude, names, effects, IntLowerBounds.of(body));
    }

    /** A PL/pgSQL block: its variables declared with their SQL types, then its statements. */
    private void body(String opening, List<Variable> variables, List<Stmt> statements, SourceWriter out) {
        SourceWriter code = new SourceWriter("    ");
        code.indent();
        PgStatements writer = new PgStatements(expressionsFor(statements), code);
        writer.block(statements);
        Span where = statements.isEmpty() ? null : statements.getFirst().span();
        out.line(opening);
        // comprehension variables are query columns, and must win over same-named PL/pgSQL variables
        out.line("#variable_conflict use_column");
        if (!variables.isEmpty() || !writer.temporaries().isEmpty()) {
            out.line("DECLARE");
            out.indent();
            for (Variable variable : variables) {
                out.line(names.of(variable) + " " + types.sql(variable.type(), where) + ";");
            }
            for (Map.Entry<String, String> temporary : writer.temporaries().entrySet()) {
                out.line(temporary.getKey() + " " + temporary.getValue() + ";");
            }
            out.dedent();
        }
        out.line("BEGIN");
        out.raw(code.toString());
        out.line("END");
    }
}
