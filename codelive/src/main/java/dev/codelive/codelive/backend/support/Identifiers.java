package dev.codelive.codelive.backend.support;

import dev.codelive.codelive.ir.Expr;
import dev.codelive.codelive.ir.Function;
import dev.codelive.codelive.ir.IrWalk;
import dev.codelive.codelive.ir.Program;
import dev.codelive.codelive.ir.Stmt;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The target-language names of one program's Python names: unchanged, unless a name is a keyword, a global of the
 * target, or a helper's name, in which case it gets a trailing underscore (more if that is taken too).
 */
public final class Identifiers {
    private final Map<String, String> renamed = new HashMap<>();

    /**
     * @param reserved names the program's own names must not take
     * @param taken every Python name of the program (see {@link #pythonNames})
     */
    public Identifiers(Set<String> reserved, Set<String> taken) {
        Set<String> used = new HashSet<>(taken);
        for (String name : taken.stream().sorted().toList()) {
            if (reserved.contains(name)) {
                String candidate = name + "_";
                while (reserved.contains(candidate) || used.contains(candidate)) {
                    candidate += "_";
                }
                used.add(candidate);
                renamed.put(name, candidate);
            }
        }
    }

    /** The name to write for a Python name. */
    public String of(String python) {
        return renamed.getOrDefault(python, python);
    }

    /** Every name of the program, functions' and comprehension variables included: the names a renderer must keep apart. */
    public static Set<String> pythonNames(Program program) {
        Set<String> names = new LinkedHashSet<>();
        program.globals().forEach(v -> names.add(v.name()));
        for (Function function : program.functions()) {
            names.add(function.name());
            function.parameters().forEach(v -> names.add(v.name()));
            function.locals().forEach(v -> names.add(v.name()));
            collectNames(function.body(), names);
        }
        collectNames(program.main(), names);
        return names;
    }

    private static void collectNames(List<Stmt> body, Set<String> names) {
        IrWalk.statements(body, statement -> {
            if (statement instanceof Stmt.For loop) {
                IrWalk.storedVariables(loop.target(), v -> names.add(v.name()));
            }
            if (statement instanceof Stmt.Assign assign) {
                IrWalk.storedVariables(assign.target(), v -> names.add(v.name()));
            }
        });
        IrWalk.expressions(body, e -> {
            if (e instanceof Expr.Load load) {
                names.add(load.variable().name());
            }
            if (e instanceof Expr.Comprehension comprehension) {
                comprehension.clauses().forEach(clause -> {
                    if (clause instanceof Expr.Clause.For loop) {
                        IrWalk.storedVariables(loop.target(), v -> names.add(v.name()));
                    }
                });
            }
        });
    }
}
