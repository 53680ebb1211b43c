package dev.codelive.codelive.analysis;

import dev.codelive.codelive.ir.Builtin;
import dev.codelive.codelive.ir.Expr;
import dev.codelive.codelive.ir.Function;
import dev.codelive.codelive.ir.IrWalk;
import dev.codelive.codelive.ir.Program;
import dev.codelive.codelive.ir.Stmt;
import dev.codelive.codelive.ir.Target;
import dev.codelive.codelive.ir.Type;
import dev.codelive.codelive.ir.Variable;
import dev.codelive.codelive.syntax.BinaryOperator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which parts of a program may run in parallel without changing what it prints, and why the others may not. Three
 * shapes qualify, each over a {@code range} or a list, with pure element code (no printing, no list mutation, no
 * call of a function that does either):
 * <ul>
 *   <li>a reduction: {@code sum}, {@code min}, {@code max}, {@code any} or {@code all} of a one-clause comprehension
 *       of ints or bools (float sums are excluded: addition of floats is not associative, so a parallel sum could
 *       differ in the last digit);</li>
 *   <li>a map: a one-clause list comprehension, filtered or not (chunks are concatenated in order);</li>
 *   <li>an accumulator loop: a {@code for} loop whose body only adds pure int values to accumulators
 *       ({@code total += i * i}, also under a pure {@code if}), with no break or continue: a sum in disguise.</li>
 * </ul>
 * Anything else is a loop-carried dependency or a side effect, and stays sequential with its reason.
 */
public final class ParallelPlan {
    /**
     * Why one construct runs sequentially: {@code reason} for the user, {@code code} a stable word for metrics
     * ({@code carried_dependency}, {@code float_order}, {@code side_effects}, {@code early_exit}, {@code shape}).
     */
    public record Rejection(String code, String reason, dev.codelive.codelive.syntax.Span span) {}

    /** What keeps a candidate sequential, before it is placed. */
    private record Why(String code, String reason) {}

    private final Set<Object> parallel = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<Rejection> rejections = new ArrayList<>();
    private final Set<String> impureFunctions;

    private ParallelPlan(Program program) {
        this.impureFunctions = impureFunctions(program);
        program.functions().forEach(function -> block(function.body()));
        block(program.main());
    }

    public static ParallelPlan of(Program program) {
        return new ParallelPlan(program);
    }

    /** Whether this reduction call ({@code sum(...)} etc.) or list comprehension may run in parallel. */
    public boolean isParallel(Expr expression) {
        return parallel.contains(expression);
    }

    /** Whether this {@code for} loop is an accumulator loop that may run in parallel. */
    public boolean isParallel(Stmt.For loop) {
        return parallel.contains(loop);
    }

    public boolean any() {
        return !parallel.isEmpty();
    }

    /** Why candidates stayed sequential, in source order. */
    public List<Rejection> rejections() {
        return List.copyOf(rejections);
    }

    /** The fallback's code when {@code parallel} is on but nothing qualifies. */
    public String fallbackCode() {
        return rejections.isEmpty() ? "nothing_parallel" : rejections.getFirst().code();
    }

    /** The fallback reason when {@code parallel} is on but nothing qualifies. */
    public String fallbackReason() {
        return rejections.isEmpty()
                ? "nothing in this snippet is a reduction, comprehension or accumulator loop that can run in parallel"
                : rejections.getFirst().reason() + " (at " + rejections.getFirst().span().start() + ")";
    }

    private void block(List<Stmt> body) {
        for (Stmt statement : body) {
            switch (statement) {
                case Stmt.For loop -> {
                    forLoop(loop);
                    expressions(loop.iterable());
                    block(loop.body());
                    block(loop.orElse());
                }
                case Stmt.While loop -> {
                    expressions(loop.condition());
                    block(loop.body());
                    block(loop.orElse());
                }
                case Stmt.If conditional -> {
                    conditional.branches().forEach(branch -> {
                        expressions(branch.condition());
                        block(branch.body());
                    });
                    block(conditional.orElse());
                }
                case Stmt.Evaluate evaluate -> expressions(evaluate.expression());
                case Stmt.Print print -> print.values().forEach(this::expressions);
                case Stmt.Assign assign -> expressions(assign.value());
                case Stmt.AugAssign assign -> expressions(assign.value());
                case Stmt.Return ret -> ret.value().ifPresent(this::expressions);
                case Stmt.Assert check -> expressions(check.condition());
                default -> { }
            }
        }
    }

    /** Finds reductions and comprehensions anywhere in an expression tree. */
    private void expressions(Expr expression) {
        switch (expression) {
            // Nothing inside a parallel candidate is a candidate itself: its variables live in the enclosing
            // comprehension's scope, and threads inside threads would only oversubscribe the machine.
            case Expr.BuiltinCall call when isReduction(call.builtin()) && call.arguments().size() == 1
                    && call.arguments().getFirst() instanceof Expr.Comprehension comprehension -> reduction(call, comprehension);
            case Expr.Comprehension comprehension when !comprehension.lazy() -> map(comprehension);
            case Expr.Comprehension comprehension -> { }
            default -> IrWalk.children(expression).forEach(this::expressions);
        }
    }

    private static boolean isReduction(Builtin builtin) {
        return builtin == Builtin.SUM || builtin == Builtin.MIN || builtin == Builtin.MAX || builtin == Builtin.ANY || builtin == Builtin.ALL;
    }

    private void reduction(Expr.BuiltinCall call, Expr.Comprehension comprehension) {
        Optional<Why> problem = singleClauseProblem(comprehension);
        if (problem.isEmpty() && (call.builtin() == Builtin.SUM || call.builtin() == Builtin.MIN || call.builtin() == Builtin.MAX)
                && !(comprehension.element().type() instanceof Type.Int || comprehension.element().type() instanceof Type.Bool)) {
            problem = Optional.of(comprehension.element().type() instanceof Type.Float
                    ? new Why("float_order", "floating-point " + call.builtin().python() + " depends on the order of the values, so it stays sequential")
                    : new Why("shape", call.builtin().python() + " of " + comprehension.element().type().python() + " stays sequential"));
        }
        decide(call, problem, call.span());
    }

    private void map(Expr.Comprehension comprehension) {
        decide(comprehension, singleClauseProblem(comprehension), comprehension.span());
    }

    private Optional<Why> singleClauseProblem(Expr.Comprehension comprehension) {
        List<Expr.Clause> clauses = comprehension.clauses();
        if (clauses.stream().filter(clause -> clause instanceof Expr.Clause.For).count() != 1) {
            return Optional.of(new Why("shape", "a comprehension with several for clauses stays sequential"));
        }
        Expr.Clause.For first = (Expr.Clause.For) clauses.getFirst();
        if (!(first.iterable() instanceof Expr.RangeOf) && !(first.iterable().type() instanceof Type.ListOf)) {
            return Optional.of(new Why("shape", "only comprehensions over a range or a list run in parallel"));
        }
        for (Expr.Clause clause : clauses) {
            if (clause instanceof Expr.Clause.If condition && !pure(condition.condition())) {
                return Optional.of(new Why("side_effects", "the comprehension's condition has side effects"));
            }
        }
        return pure(comprehension.element()) ? Optional.empty() : Optional.of(new Why("side_effects", "the comprehension's element has side effects"));
    }

    private void forLoop(Stmt.For loop) {
        decide(loop, accumulatorProblem(loop), loop.span());
    }

    private Optional<Why> accumulatorProblem(Stmt.For loop) {
        if (!(loop.iterable() instanceof Expr.RangeOf) && !(loop.iterable().type() instanceof Type.ListOf)) {
            return Optional.of(new Why("shape", "only loops over a range or a list run in parallel"));
        }
        if (!loop.orElse().isEmpty()) {
            return Optional.of(new Why("shape", "a loop with an else clause stays sequential"));
        }
        Set<Variable> accumulators = new HashSet<>();
        List<Expr> reads = new ArrayList<>();
        for (Stmt statement : loop.body()) {
            Optional<Why> problem = accumulation(statement, accumulators, reads);
            if (problem.isPresent()) {
                return problem;
            }
        }
        if (accumulators.isEmpty()) {
            return Optional.of(new Why("shape", "the loop body does not accumulate anything"));
        }
        for (Expr read : reads) {
            Set<Variable> used = new HashSet<>();
            loads(read, used);
            for (Variable accumulator : accumulators) {
                if (used.contains(accumulator)) {
                    return Optional.of(new Why("carried_dependency", "the loop carries a dependency: " + accumulator.name() + " is read in the loop body"));
                }
            }
            if (!pure(read)) {
                return Optional.of(new Why("side_effects", "the loop body has side effects"));
            }
        }
        return Optional.empty();
    }

    /** {@code acc += pure int}, or {@code if pure: <such statements>}. */
    private Optional<Why> accumulation(Stmt statement, Set<Variable> accumulators, List<Expr> reads) {
        return switch (statement) {
            case Stmt.AugAssign assign when assign.operator() == BinaryOperator.ADD && assign.target() instanceof Target.Store store
                    && store.variable().type() instanceof Type.Int -> {
                accumulators.add(store.variable());
                reads.add(assign.value());
                yield Optional.empty();
            }
            case Stmt.If conditional when conditional.branches().size() == 1 && conditional.orElse().isEmpty() -> {
                reads.add(conditional.branches().getFirst().condition());
                for (Stmt inner : conditional.branches().getFirst().body()) {
                    Optional<Why> problem = accumulation(inner, accumulators, reads);
                    if (problem.isPresent()) {
                        yield problem;
                    }
                }
                yield Optional.empty();
            }
            case Stmt.Break ignored -> Optional.of(new Why("early_exit", "the loop may break early, so it stays sequential"));
            case Stmt.Continue ignored -> Optional.of(new Why("early_exit", "the loop uses continue, so it stays sequential"));
            case Stmt.Print ignored -> Optional.of(new Why("side_effects", "the loop prints, and its output order matters"));
            case Stmt.AugAssign assign when assign.target() instanceof Target.Store store && store.variable().type() instanceof Type.Float ->
                    Optional.of(new Why("float_order", "floating-point sums depend on the order of addition, so the loop stays sequential"));
            default -> Optional.of(new Why("carried_dependency", "the loop carries a dependency from one iteration to the next"));
        };
    }

    private void decide(Object candidate, Optional<Why> problem, dev.codelive.codelive.syntax.Span span) {
        if (problem.isEmpty()) {
            parallel.add(candidate);
        } else {
            rejections.add(new Rejection(problem.get().code(), problem.get().reason(), span));
        }
    }

    /** No printing is possible inside an expression; side effects are list mutation and impure function calls. */
    private boolean pure(Expr expression) {
        return switch (expression) {
            case Expr.MethodCall call when MUTATORS.contains(call.method()) -> false;
            case Expr.Call call when impureFunctions.contains(call.function()) -> false;
            default -> IrWalk.children(expression).stream().allMatch(this::pure);
        };
    }

    private static final Set<String> MUTATORS = Set.of("append", "pop", "insert", "extend", "reverse", "sort", "clear", "remove");

    /** Functions that print, mutate a list, or call such a function. */
    private static Set<String> impureFunctions(Program program) {
        Map<String, Function> byName = new HashMap<>();
        program.functions().forEach(function -> byName.put(function.name(), function));
        Set<String> impure = new HashSet<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Function function : program.functions()) {
                if (!impure.contains(function.name()) && hasEffects(function.body(), impure)) {
                    impure.add(function.name());
                    changed = true;
                }
            }
        }
        return impure;
    }

    private static boolean hasEffects(List<Stmt> body, Set<String> impure) {
        for (Stmt statement : body) {
            boolean effect = switch (statement) {
                case Stmt.Print ignored -> true;
                case Stmt.Assign assign -> assign.target() instanceof Target.Element || effects(assign.value(), impure);
                case Stmt.AugAssign assign -> assign.target() instanceof Target.Element || effects(assign.value(), impure);
                case Stmt.Evaluate evaluate -> effects(evaluate.expression(), impure);
                case Stmt.Return ret -> ret.value().map(value -> effects(value, impure)).orElse(false);
                case Stmt.If conditional -> conditional.branches().stream().anyMatch(branch -> effects(branch.condition(), impure)
                        || hasEffects(branch.body(), impure)) || hasEffects(conditional.orElse(), impure);
                case Stmt.While loop -> effects(loop.condition(), impure) || hasEffects(loop.body(), impure) || hasEffects(loop.orElse(), impure);
                case Stmt.For loop -> effects(loop.iterable(), impure) || hasEffects(loop.body(), impure) || hasEffects(loop.orElse(), impure);
                case Stmt.Assert check -> effects(check.condition(), impure);
                default -> false;
            };
            if (effect) {
                return true;
            }
        }
        return false;
    }

    private static boolean effects(Expr expression, Set<String> impure) {
        return switch (expression) {
            case Expr.MethodCall call when MUTATORS.contains(call.method()) -> true;
            case Expr.Call call when impure.contains(call.function()) -> true;
            default -> IrWalk.children(expression).stream().anyMatch(child -> effects(child, impure));
        };
    }

    private static void loads(Expr expression, Set<Variable> into) {
        if (expression instanceof Expr.Load load) {
            into.add(load.variable());
        }
        IrWalk.children(expression).forEach(child -> loads(child, into));
    }
}
