package dev.codelive.codelive.backend.csharp;

import dev.codelive.codelive.backend.BackendRefusal;
import dev.codelive.codelive.backend.shared.Identifiers;
import dev.codelive.codelive.backend.shared.IrTrees;
import dev.codelive.codelive.backend.shared.Prelude;
import dev.codelive.codelive.ir.Program;
import dev.codelive.codelive.ir.Variable;
import dev.codelive.codelive.syntax.Span;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** What rendering one program accumulates: helpers, names, the int type, and facts about loop variables. */
final class CsContext {
    final Program program;
    final Prelude.Selection helpers;
    final Identifiers names;
    /** {@code long} for 64-bit programs, {@code BigInteger} otherwise. */
    final boolean big;
    /** Loop variables known to hold non-negative indexes where they are being rendered. */
    final Set<Variable> nonNegative = new HashSet<>();
    /** The snippet's functions that may change a list. */
    final Set<String> listMutators;
    /** Comprehension variables renamed because C# forbids a lambda parameter to reuse a name of its method. */
    final Map<Variable, String> renamed = new HashMap<>();
    /** The C# names of the method being rendered: a comprehension variable must not take one. */
    final Set<String> methodNames = new HashSet<>();
    private final Set<String> taken;
    private int fresh;

    CsContext(Program program, Prelude.Selection helpers, Identifiers names, Set<String> taken) {
        this.program = program;
        this.helpers = helpers;
        this.names = names;
        this.big = program.intWidth() != Program.IntWidth.I64;
        this.taken = new HashSet<>(taken);
        this.listMutators = IrTrees.listMutators(program);
    }

    /** Marks a prelude helper as used and returns how to call it. */
    String use(String helper) {
        return "Py." + helpers.use(helper);
    }

    String name(Variable variable) {
        String override = renamed.get(variable);
        return override != null ? override : names.of(variable.name());
    }

    String intType() {
        return big ? "BigInteger" : "long";
    }

    /** A name for a temporary that no Python name takes. */
    String fresh(String base) {
        String candidate = base;
        while (taken.contains(candidate) || methodNames.contains(candidate)) {
            candidate = base + (++fresh + 1);
        }
        taken.add(candidate);
        return candidate;
    }

    static BackendRefusal refuse(String construct, Span where) {
        return new BackendRefusal(CSharpBackend.NAME, construct, where.start());
    }
}
