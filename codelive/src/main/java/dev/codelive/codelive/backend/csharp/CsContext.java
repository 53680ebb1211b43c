package dev.codelive.codelive.backend.csharp;

import dev.codelive.codelive.analysis.ParallelPlan;
import dev.codelive.codelive.backend.BackendRefusal;
import dev.codelive.codelive.backend.support.Effects;
import dev.codelive.codelive.backend.support.Identifiers;
import dev.codelive.codelive.backend.support.Prelude;
import dev.codelive.codelive.ir.Expr;
import dev.codelive.codelive.ir.Program;
import dev.codelive.codelive.ir.Stmt;
import dev.codelive.codelive.ir.Variable;
import dev.codelive.codelive.syntax.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    /** What may run in parallel, when the parallel knob is on. */
    final Optional<ParallelPlan> plan;
    /** Iterables being rendered as one chunk of a parallel node: the chunk's lambda parameter stands for them. */
    final Map<Expr, String> chunkOf = new IdentityHashMap<>();
    /** Why planned nodes stayed sequential here, in rendering order. */
    final List<String> sequentialReasons = new ArrayList<>();
    /** Whether some node was rendered in parallel, so that the program declares its thread count. */
    boolean parallelUsed;
    private final Set<String> taken;
    private int fresh;

    CsContext(Program program, Prelude.Selection helpers, Identifiers names, Set<String> taken, Optional<ParallelPlan> plan) {
        this.program = program;
        this.plan = plan;
        this.helpers = helpers;
        this.names = names;
        this.big = program.intWidth() != Program.IntWidth.I64;
        this.taken = new HashSet<>(taken);
        this.listMutators = Effects.listMutators(program);
    }

    boolean parallel(Expr node) {
        return plan.isPresent() && plan.get().isParallel(node);
    }

    /** The accumulator loop's accumulators and captured variables, when it may run in parallel. */
    Optional<ParallelPlan.AccumulatorLoop> parallel(Stmt.For loop) {
        return plan.flatMap(chosen -> chosen.accumulatorLoop(loop));
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

    /**
     * A lambda parameter's name: one that no Python name, temporary or name of the method being rendered takes.
     * Not reserved, because the parameter's scope is its lambda: sibling lambdas may reuse it.
     */
    String parameter(String base) {
        String candidate = base;
        for (int n = 2; taken.contains(candidate) || methodNames.contains(candidate); n++) {
            candidate = base + n;
        }
        return candidate;
    }

    static BackendRefusal refuse(String construct, Span where) {
        return new BackendRefusal(CSharpBackend.NAME, construct, where.start());
    }
}
