package dev.codelive.codelive.backend.go;

import dev.codelive.codelive.backend.Backend;
import dev.codelive.codelive.backend.BackendInfo;
import dev.codelive.codelive.backend.Generated;
import dev.codelive.codelive.ir.Function;
import dev.codelive.codelive.ir.Program;
import dev.codelive.codelive.ir.Type;
import dev.codelive.codelive.ir.Variable;
import dev.codelive.codelive.knobs.Fallback;
import dev.codelive.codelive.knobs.Knobs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Renders a program as one Go source file (Go 1.19+, standard library only), formatted as gofmt formats it. */
public final class GoBackend implements Backend {
    private static final BackendInfo INFO = new BackendInfo("go", "Go 1.19+ (standard library only)", "go run main.go",
            List.of("parallel", "threads"), List.of("a list shared by two names and then changed in place (Go's append does not share)",
                    "format specs other than fill, alignment, sign, zero padding, width, grouping, precision and the d, x, o, b, f, e, % types",
                    "comparison chains with computed middle operands"));

    @Override
    public String name() {
        return "go";
    }

    @Override
    public BackendInfo info() {
        return INFO;
    }

    @Override
    public Generated generate(Program program, Knobs knobs) {
        // The helpers a program needs are known once it is rendered, so a snippet's `count` stays `count` unless the
        // program calls the count helper. In the rare program where a helper (or a tuple type, or the thread count)
        // took a name the snippet's code uses, it is rendered again with the program's names kept free.
        GoContext context = new GoContext(program, knobs, Set.of());
        Generated generated = render(context);
        Set<String> programNames = context.programNames();
        if (programNames.stream().noneMatch(context.names::gave)) {
            return generated;
        }
        return render(new GoContext(program, knobs, programNames));
    }

    private static Generated render(GoContext context) {
        Program program = context.program;
        Knobs knobs = context.knobs;
        GoExpressions expressions = new GoExpressions(context);
        expressions.loops = new GoLoops(expressions);
        GoStatements statements = new GoStatements(context, expressions);
        List<GoWriter> functions = new ArrayList<>();
        for (Function function : program.functions()) {
            GoWriter out = new GoWriter(0);
            statements.function(out, function);
            functions.add(out);
        }
        GoWriter main = new GoWriter(0);
        statements.main(main, program.main(), program.hoisted());

        List<String> globals = new ArrayList<>();
        context.enter(null);
        for (Variable global : program.globalsReadByFunctions()) {
            globals.add("var " + context.name(global) + " " + context.types.of(global.type()));
        }
        StringBuilder code = new StringBuilder();
        functions.forEach(function -> code.append(function));
        code.append(main);
        context.types.tuples().values().forEach(tuple -> code.append(context.types.of(tuple)));
        if (context.big() && (code.toString().contains("big.") || context.types.tuples().values().stream()
                .anyMatch(tuple -> tuple.elements().stream().anyMatch(t -> context.types.of(t).contains("big."))) || !globals.isEmpty()
                && globals.stream().anyMatch(line -> line.contains("big.")))) {
            context.importPackage("math/big");
        }
        StringBuilder file = new StringBuilder("package main\n");
        List<String> imports = new ArrayList<>(context.imports());
        if (imports.size() == 1) {
            file.append("\nimport \"").append(imports.getFirst()).append("\"\n");
        } else if (!imports.isEmpty()) {
            file.append("\nimport (\n");
            imports.forEach(path -> file.append("\t\"").append(path).append("\"\n"));
            file.append(")\n");
        }
        for (Map.Entry<String, Type.TupleOf> tuple : context.types.tuples().entrySet()) {
            file.append("\n// ").append(tuple.getKey()).append(" is a Python ").append(tuple.getValue().python()).append(".\n");
            file.append("type ").append(tuple.getKey()).append(" struct {\n");
            List<Type> elements = tuple.getValue().elements();
            for (int i = 0; i < elements.size(); i++) {
                file.append("\tV").append(i).append(' ').append(context.types.of(elements.get(i))).append('\n');
            }
            file.append("}\n");
        }
        if (context.parallelUsed) {
            file.append("\n// ").append(GoParallel.THREADS).append(" is how many goroutines share each parallel loop.\n");
            file.append("const ").append(GoParallel.THREADS).append(" = ").append(knobs.threads()).append('\n');
        }
        if (!globals.isEmpty()) {
            file.append('\n');
            globals.forEach(line -> file.append(line).append('\n'));
        }
        for (GoWriter function : functions) {
            file.append('\n').append(function);
        }
        file.append('\n').append(main);
        for (GoHelper helper : context.helpers()) {
            file.append('\n').append(helper.code(context.big()));
        }
        List<String> warnings = new ArrayList<>();
        Optional<Fallback> fallback = Optional.empty();
        if (knobs.parallel()) {
            fallback = parallelFallback(context, warnings);
        }
        if (knobs.unsafe()) {
            warnings.add("unsafe: has no effect on the go backend (Go always checks bounds)");
        }
        return new Generated(file.toString(), warnings, fallback);
    }

    /**
     * Why what ParallelPlan chose stays sequential here: a warning when other parts run on goroutines, the fallback
     * when nothing does.
     */
    private static Optional<Fallback> parallelFallback(GoContext context, List<String> warnings) {
        String reasons = String.join("; ", context.sequential);
        if (context.parallelUsed) {
            if (!reasons.isEmpty()) {
                warnings.add("parallel: some parts stay sequential: " + reasons);
            }
            return Optional.empty();
        }
        if (reasons.isEmpty()) {
            // The plan's candidates compute values the program never reads, so the rendering leaves them out.
            return Optional.of(new Fallback("parallel", "nothing that could run in parallel is part of the rendered program", "nothing_parallel"));
        }
        return Optional.of(new Fallback("parallel", reasons + ", so it runs sequentially", "shape"));
    }
}
