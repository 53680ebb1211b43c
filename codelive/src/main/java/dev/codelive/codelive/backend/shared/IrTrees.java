package dev.codelive.codelive.backend.shared;

import dev.codelive.codelive.ir.Expr;
import dev.codelive.codelive.ir.Function;
import dev.codelive.codelive.ir.Program;
import dev.codelive.codelive.ir.Stmt;
import dev.codelive.codelive.ir.Target;
import dev.codelive.codelive.ir.Variable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Walks of the IR that renderers need: sub-expressions, stored variables, and side effects. */
public final class IrTrees {
    /** The list methods that change the list they are called on. */
    private static final Set<String> MUTATING_METHODS = Set.of("append", "pop", "insert", "extend", "reverse", "sort", "clear",
            "remove");

    private IrTrees() {}

    /** The direct sub-expressions of an expression, in evaluation order. */
    public static List<Expr> children(Expr expression) {
        return switch (expression) {
            case Expr.IntConst ignored -> List.of();
            case Expr.FloatConst ignored -> List.of();
            case Expr.BoolConst ignored -> List.of();
            case Expr.StrConst ignored -> List.of();
            case Expr.NoneConst ignored -> List.of();
            case Expr.Load ignored -> List.of();
            case Expr.MathConst ignored -> List.of();
            case Expr.Binary binary -> List.of(binary.left(), binary.right());
            case Expr.Negate negate -> List.of(negate.operand());
            case Expr.Not not -> List.of(not.operand());
            case Expr.Logical logical -> logical.operands();
            case Expr.Compare compare -> Stream.concat(Stream.of(compare.first()), compare.links().stream().map(Expr.Compare.Link::right)).toList();
            case Expr.Conditional conditional -> List.of(conditional.condition(), conditional.whenTrue(), conditional.whenFalse());
            case Expr.ListLiteral list -> list.elements();
            case Expr.TupleLiteral tuple -> tuple.elements();
            case Expr.RangeOf range -> List.of(range.start(), range.stop(), range.step());
            case Expr.Index index -> List.of(index.target(), index.index());
            case Expr.Slice slice -> Stream.of(Stream.of(slice.target()), slice.lower().stream(), slice.upper().stream(), slice.step().stream())
                    .flatMap(s -> s).toList();
            case Expr.Call call -> call.arguments();
            case Expr.BuiltinCall call -> call.arguments();
            case Expr.MethodCall call -> Stream.concat(Stream.of(call.receiver()), call.arguments().stream()).toList();
            case Expr.MathCall call -> call.arguments();
            case Expr.Comprehension comprehension -> {
                List<Expr> parts = new ArrayList<>();
                for (Expr.Clause clause : comprehension.clauses()) {
                    switch (clause) {
                        case Expr.Clause.For loop -> {
                            parts.add(loop.iterable());
                            targetExpressions(loop.target(), parts::add);
                        }
                        case Expr.Clause.If condition -> parts.add(condition.condition());
                    }
                }
                parts.add(comprehension.element());
                yield parts;
            }
            case Expr.FString fstring -> fstring.parts().stream()
                    .flatMap(part -> part instanceof Expr.FString.Part.Value value ? Stream.of(value.value()) : Stream.empty()).toList();
        };
    }

    /** Every expression in the tree, the root first. */
    public static Stream<Expr> all(Expr expression) {
        return Stream.concat(Stream.of(expression), children(expression).stream().flatMap(IrTrees::all));
    }

    /**
     * Whether evaluating the expression can have an effect or depend on one: a call of the snippet's functions or
     * of a list method that changes its list. Such an expression must be evaluated exactly once, in order.
     */
    public static boolean pure(Expr expression) {
        return all(expression).noneMatch(e -> e instanceof Expr.Call
                || e instanceof Expr.MethodCall method && MUTATING_METHODS.contains(method.method()));
    }

    /**
     * The snippet's functions that may change a list, themselves or through the functions they call: a call of any
     * other function cannot disturb a loop over a list.
     */
    public static Set<String> listMutators(Program program) {
        Set<String> mutators = new LinkedHashSet<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Function function : program.functions()) {
                if (!mutators.contains(function.name()) && mutatesLists(function.body(), mutators)) {
                    mutators.add(function.name());
                    changed = true;
                }
            }
        }
        return mutators;
    }

    /** Whether statements change a list: a list method that does, an element store, {@code +=} on a list, or a call of a mutator. */
    public static boolean mutatesLists(List<Stmt> body, Set<String> mutators) {
        boolean[] found = {false};
        statements(body, statement -> {
            if (statement instanceof Stmt.Assign assign && hasElement(assign.target())
                    || statement instanceof Stmt.AugAssign augmented
                    && (hasElement(augmented.target()) || augmented.target().type() instanceof dev.codelive.codelive.ir.Type.ListOf)) {
                found[0] = true;
            }
        });
        return found[0] || anyExpression(body, e -> mutates(e, mutators));
    }

    /** Whether evaluating this very node (not its children) changes a list. */
    public static boolean mutates(Expr expression, Set<String> mutators) {
        return expression instanceof Expr.MethodCall method && MUTATING_METHODS.contains(method.method())
                || expression instanceof Expr.Call call && mutators.contains(call.function());
    }

    private static boolean hasElement(Target target) {
        return switch (target) {
            case Target.Store ignored -> false;
            case Target.Element ignored -> true;
            case Target.Unpack unpack -> unpack.targets().stream().anyMatch(IrTrees::hasElement);
        };
    }

    /**
     * Whether print's values must all be evaluated before any is converted to text, as Python does: when one has an
     * effect that could change a list another shows ({@code print(xs, xs.pop())} shows the list after the pop).
     */
    public static boolean printNeedsSnapshot(List<Expr> values) {
        return values.stream().anyMatch(v -> !pure(v)) && values.stream().anyMatch(v -> v.type() instanceof dev.codelive.codelive.ir.Type.ListOf
                || v.type() instanceof dev.codelive.codelive.ir.Type.TupleOf);
    }

    /** Whether the expression calls one of the snippet's functions. */
    public static boolean callsFunctions(Expr expression) {
        return all(expression).anyMatch(e -> e instanceof Expr.Call);
    }

    /** Whether some expression in the statements satisfies the test. */
    public static boolean anyExpression(List<Stmt> body, java.util.function.Predicate<Expr> test) {
        List<Expr> found = new ArrayList<>();
        statements(body, statement -> expressionsOf(statement, found::add));
        return found.stream().flatMap(IrTrees::all).anyMatch(test);
    }

    /** Visits every statement, nested ones included, outer first. */
    public static void statements(List<Stmt> body, Consumer<Stmt> visitor) {
        for (Stmt statement : body) {
            visitor.accept(statement);
            switch (statement) {
                case Stmt.If conditional -> {
                    conditional.branches().forEach(branch -> statements(branch.body(), visitor));
                    statements(conditional.orElse(), visitor);
                }
                case Stmt.While loop -> {
                    statements(loop.body(), visitor);
                    statements(loop.orElse(), visitor);
                }
                case Stmt.For loop -> {
                    statements(loop.body(), visitor);
                    statements(loop.orElse(), visitor);
                }
                default -> { }
            }
        }
    }

    /** The expressions a statement evaluates itself (not those of nested statements). */
    public static void expressionsOf(Stmt statement, Consumer<Expr> visitor) {
        switch (statement) {
            case Stmt.Evaluate evaluate -> visitor.accept(evaluate.expression());
            case Stmt.Print print -> {
                print.values().forEach(visitor);
                visitor.accept(print.sep());
                visitor.accept(print.end());
            }
            case Stmt.Assign assign -> {
                visitor.accept(assign.value());
                targetExpressions(assign.target(), visitor);
            }
            case Stmt.AugAssign assign -> {
                visitor.accept(assign.value());
                targetExpressions(assign.target(), visitor);
            }
            case Stmt.If conditional -> conditional.branches().forEach(branch -> visitor.accept(branch.condition()));
            case Stmt.While loop -> visitor.accept(loop.condition());
            case Stmt.For loop -> {
                visitor.accept(loop.iterable());
                targetExpressions(loop.target(), visitor);
            }
            case Stmt.Return ret -> ret.value().ifPresent(visitor);
            case Stmt.Assert check -> {
                visitor.accept(check.condition());
                check.message().ifPresent(visitor);
            }
            case Stmt.Break ignored -> { }
            case Stmt.Continue ignored -> { }
        }
    }

    private static void targetExpressions(Target target, Consumer<Expr> visitor) {
        switch (target) {
            case Target.Store ignored -> { }
            case Target.Element element -> {
                visitor.accept(element.list());
                visitor.accept(element.index());
            }
            case Target.Unpack unpack -> unpack.targets().forEach(t -> targetExpressions(t, visitor));
        }
    }

    /** The variables a target stores to. */
    public static void stored(Target target, Consumer<Variable> visitor) {
        switch (target) {
            case Target.Store store -> visitor.accept(store.variable());
            case Target.Element ignored -> { }
            case Target.Unpack unpack -> unpack.targets().forEach(t -> stored(t, visitor));
        }
    }

    /** How many statements store to each variable in a body (assignments, augmented ones and loop targets). */
    public static java.util.Map<Variable, Integer> storeCounts(List<Stmt> body) {
        java.util.Map<Variable, Integer> counts = new java.util.HashMap<>();
        statements(body, statement -> {
            Target target = switch (statement) {
                case Stmt.Assign assign -> assign.target();
                case Stmt.AugAssign assign -> assign.target();
                case Stmt.For loop -> loop.target();
                default -> null;
            };
            if (target != null) {
                // A loop target is stored once per iteration: never a constant.
                int weight = statement instanceof Stmt.For ? 2 : 1;
                stored(target, variable -> counts.merge(variable, weight, Integer::sum));
            }
        });
        return counts;
    }

    /** The variables some statement of the body stores to. */
    public static Set<Variable> assignedIn(List<Stmt> body) {
        return new LinkedHashSet<>(storeCounts(body).keySet());
    }

    /** Every variable of the program, comprehension variables included: the names a renderer must keep apart. */
    public static Set<String> names(Program program) {
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
        List<Expr> expressions = new ArrayList<>();
        statements(body, statement -> {
            expressionsOf(statement, expressions::add);
            if (statement instanceof Stmt.For loop) {
                stored(loop.target(), v -> names.add(v.name()));
            }
            if (statement instanceof Stmt.Assign assign) {
                stored(assign.target(), v -> names.add(v.name()));
            }
        });
        expressions.stream().flatMap(IrTrees::all).forEach(e -> {
            if (e instanceof Expr.Load load) {
                names.add(load.variable().name());
            }
            if (e instanceof Expr.Comprehension comprehension) {
                comprehension.clauses().forEach(clause -> {
                    if (clause instanceof Expr.Clause.For loop) {
                        stored(loop.target(), v -> names.add(v.name()));
                    }
                });
            }
        });
    }
}
