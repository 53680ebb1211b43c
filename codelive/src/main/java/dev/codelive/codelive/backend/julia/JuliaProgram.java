package dev.codelive.codelive.backend.julia;

import dev.codelive.codelive.backend.support.Effects;
import dev.codelive.codelive.backend.support.Identifiers;
import dev.codelive.codelive.backend.support.IntLowerBounds;
import dev.codelive.codelive.backend.support.SourceWriter;
import dev.codelive.codelive.ir.Function;
import dev.codelive.codelive.ir.Program;
import dev.codelive.codelive.ir.Stmt;
import dev.codelive.codelive.ir.Type;
import dev.codelive.codelive.ir.Variable;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A whole Julia script: the helpers it uses, the module-level variables that functions read as typed globals, the
 * snippet's functions, and the module's code as {@code main()} (Julia compiles a function's code; code at top level
 * would run slowly and scope loops' variables differently).
 */
final class JuliaProgram {
    private final Program program;
    private final JuliaTypes types;
    private final JuliaPrelude prelude = new JuliaPrelude();
    private final Effects effects;
    private final Map<String, Function> functions = new LinkedHashMap<>();
    private final Set<Variable> globals;
    private final Set<String> taken = new HashSet<>();
    private final JuliaKnobs knobs;
    /** The parameter of parallel code's per-chunk functions. */
    private String chunk;

    JuliaProgram(Program program, JuliaKnobs knobs) {
        this.program = program;
        this.knobs = knobs;
        this.types = new JuliaTypes(program.intWidth());
        this.effects = Effects.of(program);
        program.functions().forEach(function -> functions.put(function.name(), function));
        this.globals = new LinkedHashSet<>(program.globalsReadByFunctions());
    }

    String render() {
        checkNames();
        chunk = taken.contains("chunk") ? "chunk_" : "chunk";
        taken.add(chunk);
        SourceWriter code = new SourceWriter("    ");
        for (Variable global : globals) {
            code.line(JuliaNames.of(global.name()) + "::" + types.julia(global.type(), null) + " = " + types.zero(global.type(), null));
        }
        if (!globals.isEmpty()) {
            code.blank();
        }
        for (Function function : program.functions()) {
            function(function, code);
            code.blank();
        }
        code.line("function main()");
        code.indent();
        for (Variable global : globals) {
            code.line("global " + JuliaNames.of(global.name()));
        }
        List<Variable> hoisted = program.hoisted().stream().filter(variable -> !globals.contains(variable)).toList();
        declare(hoisted, code);
        statements(program.main(), code);
        code.line("return nothing");
        code.dedent();
        code.line("end");
        code.blank();
        code.line("main()");

        SourceWriter script = new SourceWriter("    ");
        script.line("# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)");
        if (knobs.parallelRendered()) {
            script.line("# Parallel parts use Julia's threads, set when starting it: julia -t " + knobs.chunks()
                    + " main.jl. They cut their work into " + knobs.chunks() + " chunks whatever the thread count, so the output is the same with any.");
        }
        if (prelude.needsPrintf()) {
            script.line("import Printf");
        }
        script.blank();
        String helpers = prelude.render();
        if (!helpers.isEmpty()) {
            script.raw(helpers);
            script.blank();
        }
        script.raw(code.toString());
        return script.toString();
    }

    /** Refuses a snippet two of whose names become the same Julia name ({@code end} and {@code end_}). */
    private void checkNames() {
        Set<String> names = Identifiers.pythonNames(program);
        Map<String, String> byJuliaName = new LinkedHashMap<>();
        for (String name : names.stream().sorted().toList()) {
            String previous = byJuliaName.putIfAbsent(JuliaNames.of(name), name);
            if (previous != null) {
                throw JuliaExpressions.refuse("the names " + previous + " and " + name + " together (both become "
                        + JuliaNames.of(name) + " in Julia)", null);
            }
        }
        taken.addAll(byJuliaName.keySet());
    }

    private void function(Function function, SourceWriter out) {
        String parameters = function.parameters().stream()
                .map(parameter -> JuliaNames.of(parameter.name()) + "::" + types.julia(parameter.type(), null))
                .collect(Collectors.joining(", "));
        out.line("function " + JuliaNames.of(function.name()) + "(" + parameters + ")::" + types.julia(function.returnType(), null));
        out.indent();
        declare(function.hoisted(), out);
        statements(function.body(), out);
        boolean returns = !function.body().isEmpty() && function.body().getLast() instanceof Stmt.Return;
        if (!returns) {
            out.line(function.returnType() instanceof Type.None ? "return nothing" : "error(\"" + function.name() + " ended without a return value\")");
        }
        out.dedent();
        out.line("end");
    }

    private void declare(List<Variable> variables, SourceWriter out) {
        for (Variable variable : variables) {
            out.line(JuliaNames.of(variable.name()) + "::" + types.julia(variable.type(), null) + " = " + types.zero(variable.type(), null));
        }
    }

    private void statements(List<Stmt> body, SourceWriter out) {
        JuliaExpressions expressions = new JuliaExpressions(types, prelude, effects, IntLowerBounds.of(body), functions, knobs, chunk);
        new JuliaStatements(expressions, out, globals, taken).block(body);
    }
}
