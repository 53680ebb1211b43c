package dev.codelive.codelive.backend.ts;

import dev.codelive.codelive.backend.BackendRefusal;
import dev.codelive.codelive.backend.support.Effects;
import dev.codelive.codelive.backend.support.Identifiers;
import dev.codelive.codelive.backend.support.Prelude;
import dev.codelive.codelive.ir.Program;
import dev.codelive.codelive.ir.Variable;
import dev.codelive.codelive.syntax.Span;
import java.util.HashSet;
import java.util.Set;

/** What rendering one program accumulates: the helpers it uses, its names, and facts about its loop variables. */
final class TsContext {
    final Program program;
    final Prelude.Selection helpers;
    final Identifiers names;
    /** Loop variables that hold a non-negative index in the loop being rendered: {@code xs[i]} needs no wrap-around. */
    final Set<Variable> nonNegative = new HashSet<>();
    /** The snippet's functions that may change a list (see {@link Effects#listMutators}). */
    final Set<String> listMutators;
    private final Set<String> taken;
    private int fresh;

    TsContext(Program program, Prelude.Selection helpers, Identifiers names, Set<String> taken) {
        this.program = program;
        this.helpers = helpers;
        this.names = names;
        this.taken = new HashSet<>(taken);
        this.listMutators = Effects.listMutators(program);
    }

    /** Marks a prelude helper as used and returns its name. */
    String use(String helper) {
        return helpers.use(helper);
    }

    String name(Variable variable) {
        return names.of(variable.name());
    }

    /** A name for a temporary no Python name or helper takes, e.g. {@code stop}, {@code stop2}. */
    String fresh(String base) {
        String candidate = base;
        while (taken.contains(candidate) || helpers.isDeclared(candidate)) {
            candidate = base + (++fresh + 1);
        }
        taken.add(candidate);
        return candidate;
    }

    static BackendRefusal refuse(String construct, Span where) {
        return new BackendRefusal(TypeScriptBackend.NAME, construct, where.start());
    }
}
