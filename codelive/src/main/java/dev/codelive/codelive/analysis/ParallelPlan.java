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
import dev.codelive.codelive.syntax.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
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
 *       ({@code total += i * i}, also under a pure {@code if} and in nested {@code for} loops over ranges or lists),
 *       with no break or continue, and whose loop variables are its own (none lives on after the loop): a sum in
 *       disguise. Of nested loops the outermost is the parallel one, so that threads start once.</li>
 * </ul>
 * Nothing inside a parallel candidate is a candidate itself. Nor is anything that runs once per iteration of a loop
 * that stays sequential: it would start its threads on every iteration, which costs more than it saves unless each
 * run is long (docs/benchmarks.md measures both cases). Anything else is a loop-carried dependency or a side effect,
 * and stays sequential with its reason.
 */
public final class ParallelPlan {
    /**
     * Why one construct runs sequentially: {@code reason} for the user, {@code code} a stable word for metrics
     * ({@code carried_dependency}, {@code loop_variable_outlives}, {@code float_order}, {@code side_effects},
     * {@code early_exit}, {@code inside_sequential_loop}, {@code shape}).
     */
    public record Rejection(String code, String reason, Span span) {}

    /**
     * An accumulator loop the plan accepted, as its workers render it.
     *
     * @param accumulators the variables its body adds to ({@code +=}), in order of first appearance: each worker adds
     *     into its own copies, from 0
     * @param captured the variables its workers read, other than the accumulators and the variables the workers bind
     *     themselves (the loop's, its nested loops' and its comprehensions' own variables)
     */
    public record AccumulatorLoop(List<Variable> accumulators, Set<Variable> captured) {
        public AccumulatorLoop {
            accumulators = List.copyOf(accumulators);
            captured = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(captured));
        }
    }

    /** What keeps a candidate sequential, before it is placed. */
    private record Why(String code, String reason) {}

    private final Set<Expr> parallel = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<Stmt.For, AccumulatorLoop> loops = new IdentityHashMap<>();
    private final List<Rejection> rejections = new ArrayList<>();
    private final Set<String> impureFunctions;
    private final Set<Variable> readByFunctions;

    private ParallelPlan(Program program) {
        this.impureFunctions = impureFunctions(program);
        this.readByFunctions = Set.copyOf(program.globalsReadByFunctions());
        program.functions().forEach(function -> block(function.body(), false));
        block(program.main(), false);
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
        return loops.containsKey(loop);
    }

    /** This loop's accumulators and captured variables, when it may run in parallel. */
    public Optional<AccumulatorLoop> accumulatorLoop(Stmt.For loop) {
        return Optional.ofNullable(loops.get(loop));
    }

    public boolean any() {
        return !parallel.isEmpty() || !loops.isEmpty();
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

    /** @param inLoop whether the body runs once per iteration of an enclosing loop that stays sequential */
    private void block(List<Stmt> body, boolean inLoop) {
        for (Stmt statement : body) {
            switch (statement) {
                case Stmt.For loop -> {
                    boolean parallelLoop = forLoop(loop, inLoop);
                    expressions(loop.iterable(), inLoop);
                    if (!parallelLoop) {
                        block(loop.body(), true);
                    }
                    block(loop.orElse(), inLoop);
                }
                case Stmt.While loop -> {
                    expressions(loop.condition(), true);
                    block(loop.body(), true);
                    block(loop.orElse(), inLoop);
                }
                case Stmt.If conditional -> {
                    conditional.branches().forEach(branch -> {
                        expressions(branch.condition(), inLoop);
                        block(branch.body(), inLoop);
                    });
                    block(conditional.orElse(), inLoop);
                }
                case Stmt.Evaluate evaluate -> expressions(evaluate.expression(), inLoop);
                case Stmt.Print print -> print.values().forEach(value -> expressions(value, inLoop));
                case Stmt.Assign assign -> expressions(assign.value(), inLoop);
                case Stmt.AugAssign assign -> expressions(assign.value(), inLoop);
                case Stmt.Return ret -> ret.value().ifPresent(value -> expressions(value, inLoop));
                case Stmt.Assert check -> expressions(check.condition(), inLoop);
                default -> { }
            }
        }
    }

    /** Finds reductions and comprehensions anywhere in an expression tree. */
    private void expressions(Expr expression, boolean inLoop) {
        switch (expression) {
            // Nothing inside a parallel candidate is a candidate itself: its variables live in the enclosing
            // comprehension's scope, and threads inside threads would only oversubscribe the machine.
            case Expr.BuiltinCall call when isReduction(call.builtin()) && call.arguments().size() == 1
                    && call.arguments().getFirst() instanceof Expr.Comprehension comprehension -> reduction(call, comprehension, inLoop);
            case Expr.Comprehension comprehension when !comprehension.lazy() ->
                    decide(comprehension, singleClauseProblem(comprehension), inLoop, "the comprehension");
            case Expr.Comprehension comprehension -> { }
            default -> IrWalk.children(expression).forEach(child -> expressions(child, inLoop));
        }
    }

    private static boolean isReduction(Builtin builtin) {
        return builtin == Builtin.SUM || builtin == Builtin.MIN || builtin == Builtin.MAX || builtin == Builtin.ANY || builtin == Builtin.ALL;
    }

    private void reduction(Expr.BuiltinCall call, Expr.Comprehension comprehension, boolean inLoop) {
        Optional<Why> problem = singleClauseProblem(comprehension);
        if (problem.isEmpty() && (call.builtin() == Builtin.SUM || call.builtin() == Builtin.MIN || call.builtin() == Builtin.MAX)
                && !(comprehension.element().type() instanceof Type.Int || comprehension.element().type() instanceof Type.Bool)) {
            problem = Optional.of(comprehension.element().type() instanceof Type.Float
                    ? new Why("float_order", "floating-point " + call.builtin().python() + " depends on the order of the values, so it stays sequential")
                    : new Why("shape", call.builtin().python() + " of " + comprehension.element().type().python() + " stays sequential"));
        }
        if (problem.isEmpty() && (call.builtin() == Builtin.ANY || call.builtin() == Builtin.ALL) && !cannotFail(comprehension)) {
            problem = Optional.of(new Why("early_exit", call.builtin().python() + "() stops at the first element that decides it, and "
                    + "workers would also compute elements Python never reaches, which could fail, so it stays sequential"));
        }
        decide(call, problem, inLoop, call.builtin().python() + "()");
    }

    /**
     * Whether every element and condition of the comprehension can be computed for any item without failing: names,
     * constants, comparisons, {@code not}/{@code and}/{@code or}, and {@code %} or {@code //} by a non-zero constant.
     * {@code any} and {@code all} stop early in Python; their workers do not, so the items Python never reached must
     * not be able to raise, loop or overflow (the reference run proved widths only for what it computed).
     */
    private static boolean cannotFail(Expr.Comprehension comprehension) {
        for (Expr.Clause clause : comprehension.clauses()) {
            if (clause instanceof Expr.Clause.If condition && !cannotFail(condition.condition())) {
                return false;
            }
        }
        return cannotFail(comprehension.element());
    }

    private static boolean cannotFail(Expr expression) {
        return switch (expression) {
            case Expr.Load ignored -> true;
            case Expr.IntConst ignored -> true;
            case Expr.FloatConst ignored -> true;
            case Expr.BoolConst ignored -> true;
            case Expr.StrConst ignored -> true;
            case Expr.Compare compare -> cannotFail(compare.first()) && compare.links().stream().allMatch(link -> cannotFail(link.right()));
            case Expr.Not not -> cannotFail(not.operand());
            case Expr.Logical logical -> logical.operands().stream().allMatch(ParallelPlan::cannotFail);
            case Expr.Binary binary when (binary.operator() == BinaryOperator.MODULO || binary.operator() == BinaryOperator.FLOOR_DIVIDE)
                    && binary.type() instanceof Type.Int && binary.right() instanceof Expr.IntConst divisor && divisor.value().signum() != 0 ->
                    cannotFail(binary.left());
            default -> false;
        };
    }

    private Optional<Why> singleClauseProblem(Expr.Comprehension comprehension) {
        List<Expr.Clause> clauses = comprehension.clauses();
        if (clauses.stream().filter(clause -> clause instanceof Expr.Clause.For).count() != 1) {
            return Optional.of(new Why("shape", "a comprehension with several for clauses stays sequential"));
        }
        Expr.Clause.For first = (Expr.Clause.For) clauses.getFirst();
        if (!overRangeOrList(first.iterable())) {
            return Optional.of(new Why("shape", "only comprehensions over a range or a list run in parallel"));
        }
        for (Expr.Clause clause : clauses) {
            if (clause instanceof Expr.Clause.If condition && !pure(condition.condition())) {
                return Optional.of(new Why("side_effects", "the comprehension's condition has side effects"));
            }
        }
        return pure(comprehension.element()) ? Optional.empty() : Optional.of(new Why("side_effects", "the comprehension's element has side effects"));
    }

    private static boolean overRangeOrList(Expr iterable) {
        return iterable instanceof Expr.RangeOf || iterable.type() instanceof Type.ListOf;
    }

    /** Places the loop; true when it runs in parallel. */
    private boolean forLoop(Stmt.For loop, boolean inLoop) {
        Body body = new Body();
        Optional<Why> problem = accumulatorProblem(loop, body);
        if (problem.isEmpty() && !inLoop) {
            loops.put(loop, body.accepted());
            return true;
        }
        reject(problem.orElseGet(() -> insideSequentialLoop("the loop")), loop.span());
        return false;
    }

    /** What an accumulator loop's body does, gathered while it is checked. */
    private static final class Body {
        final Set<Variable> accumulators = new LinkedHashSet<>();
        /** Every expression the workers evaluate: the values added, the conditions, the nested loops' iterables. */
        final List<Expr> reads = new ArrayList<>();
        /** The variables the workers bind: the loop variables of the loop and of its nested loops. */
        final Set<Variable> bound = new HashSet<>();

        AccumulatorLoop accepted() {
            Set<Variable> captured = new LinkedHashSet<>();
            for (Expr read : reads) {
                loads(read, captured);
                // A comprehension's own variables are bound by each evaluation of it, in the worker.
                boundByComprehensions(read, bound);
            }
            captured.removeAll(bound);
            captured.removeAll(accumulators);
            return new AccumulatorLoop(List.copyOf(accumulators), captured);
        }

        private static void boundByComprehensions(Expr expression, Set<Variable> into) {
            if (expression instanceof Expr.Comprehension comprehension) {
                comprehension.clauses().forEach(clause -> {
                    if (clause instanceof Expr.Clause.For loop) {
                        into.addAll(loop.target().variables());
                    }
                });
            }
            IrWalk.children(expression).forEach(child -> boundByComprehensions(child, into));
        }
    }

    private Optional<Why> accumulatorProblem(Stmt.For loop, Body body) {
        if (!overRangeOrList(loop.iterable())) {
            return Optional.of(new Why("shape", "only loops over a range or a list run in parallel"));
        }
        if (!loop.orElse().isEmpty()) {
            return Optional.of(new Why("shape", "a loop with an else clause stays sequential"));
        }
        Optional<Why> shared = sharedLoopVariable(loop.target(), Optional.empty());
        if (shared.isPresent()) {
            return shared;
        }
        body.bound.addAll(loop.target().variables());
        Optional<Why> problem = accumulations(loop.body(), body, "the loop", "it");
        if (problem.isPresent()) {
            return problem;
        }
        if (body.accumulators.isEmpty()) {
            return Optional.of(new Why("shape", "the loop body does not accumulate anything"));
        }
        boolean callsFunctions = body.reads.stream().anyMatch(ParallelPlan::callsFunction);
        for (Variable accumulator : body.accumulators) {
            if (callsFunctions && readByFunctions.contains(accumulator)) {
                return Optional.of(new Why("carried_dependency", "the loop carries a dependency: " + accumulator.name()
                        + " is read by the functions its body calls"));
            }
        }
        for (Expr read : body.reads) {
            Set<Variable> used = new HashSet<>();
            loads(read, used);
            for (Variable accumulator : body.accumulators) {
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

    /**
     * Workers bind a loop's variables for themselves, so a loop variable must be the loop's own: not one that
     * Python keeps after the loop with its last value (the IR's store then declares nothing), nor a module variable
     * that a function reads.
     *
     * @param nested where the nested loop is, or empty for the loop that would run in parallel
     */
    private Optional<Why> sharedLoopVariable(Target target, Optional<Span> nested) {
        return switch (target) {
            case Target.Store store when !store.declares() || readByFunctions.contains(store.variable()) -> {
                String name = store.variable().name();
                String variable = nested.map(span -> "the variable " + name + " of the nested loop at " + span.start())
                        .orElse("the loop variable " + name);
                String loop = nested.isPresent() ? "the loop around it" : "it";
                yield Optional.of(new Why("loop_variable_outlives", store.declares()
                        ? variable + " is read by a function, so " + loop + " stays sequential"
                        : variable + " outlives " + (nested.isPresent() ? "that loop" : "the loop")
                                + " (Python keeps its last value), and workers cannot hand that value back, so " + loop + " stays sequential"));
            }
            case Target.Store ignored -> Optional.empty();
            case Target.Unpack unpack -> unpack.targets().stream().map(part -> sharedLoopVariable(part, nested))
                    .flatMap(Optional::stream).findFirst();
            case Target.Element ignored -> Optional.of(new Why("shape", "a loop that stores into a list element stays sequential"));
        };
    }

    /**
     * {@code acc += pure int}, {@code if pure: <such statements>}, or a nested {@code for} loop over a range or a
     * list made of such statements; {@code loop} and {@code it} name the innermost loop in reasons.
     */
    private Optional<Why> accumulation(Stmt statement, Body body, String loop, String it) {
        return switch (statement) {
            case Stmt.AugAssign assign when assign.operator() == BinaryOperator.ADD && assign.target() instanceof Target.Store store
                    && store.variable().type() instanceof Type.Int -> {
                body.accumulators.add(store.variable());
                body.reads.add(assign.value());
                yield Optional.empty();
            }
            case Stmt.If conditional when conditional.branches().size() == 1 && conditional.orElse().isEmpty() -> {
                body.reads.add(conditional.branches().getFirst().condition());
                yield accumulations(conditional.branches().getFirst().body(), body, loop, it);
            }
            case Stmt.For nested -> nestedLoop(nested, body);
            case Stmt.Break ignored -> Optional.of(new Why("early_exit", loop + " may break early, so " + it + " stays sequential"));
            case Stmt.Continue ignored -> Optional.of(new Why("early_exit", loop + " uses continue, so " + it + " stays sequential"));
            case Stmt.Print ignored -> Optional.of(new Why("side_effects", loop + " prints, and its output order matters"));
            case Stmt.AugAssign assign when assign.target() instanceof Target.Store store && store.variable().type() instanceof Type.Float ->
                    Optional.of(new Why("float_order", "floating-point sums depend on the order of addition, so " + it + " stays sequential"));
            default -> Optional.of(new Why("carried_dependency", loop.equals("the loop")
                    ? "the loop carries a dependency from one iteration to the next"
                    : loop + " carries a dependency from one iteration to the next, so " + it + " stays sequential"));
        };
    }

    private Optional<Why> accumulations(List<Stmt> statements, Body body, String loop, String it) {
        for (Stmt statement : statements) {
            Optional<Why> problem = accumulation(statement, body, loop, it);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    /** A loop in an accumulator loop's body: each worker runs it whole, for each item of its chunk. */
    private Optional<Why> nestedLoop(Stmt.For nested, Body body) {
        String loop = "the nested loop at " + nested.span().start();
        String it = "the loop around it";
        if (!overRangeOrList(nested.iterable())) {
            return Optional.of(new Why("shape", loop + " is not over a range or a list, so " + it + " stays sequential"));
        }
        if (!nested.orElse().isEmpty()) {
            return Optional.of(new Why("shape", loop + " has an else clause, so " + it + " stays sequential"));
        }
        Optional<Why> shared = sharedLoopVariable(nested.target(), Optional.of(nested.span()));
        if (shared.isPresent()) {
            return shared;
        }
        body.reads.add(nested.iterable());
        body.bound.addAll(nested.target().variables());
        return accumulations(nested.body(), body, loop, it);
    }

    private static Why insideSequentialLoop(String what) {
        return new Why("inside_sequential_loop", what + " runs once per iteration of a loop that stays sequential, and starting"
                + " threads on every iteration costs more than they save, so it stays sequential");
    }

    private void decide(Expr candidate, Optional<Why> problem, boolean inLoop, String what) {
        if (problem.isEmpty() && !inLoop) {
            parallel.add(candidate);
        } else {
            reject(problem.orElseGet(() -> insideSequentialLoop(what)), candidate.span());
        }
    }

    private void reject(Why why, Span span) {
        rejections.add(new Rejection(why.code(), why.reason(), span));
    }

    private static boolean callsFunction(Expr expression) {
        return expression instanceof Expr.Call || IrWalk.children(expression).stream().anyMatch(ParallelPlan::callsFunction);
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
