package dev.codelive.codelive.analysis;

import dev.codelive.codelive.syntax.Branch;
import dev.codelive.codelive.syntax.Comprehension;
import dev.codelive.codelive.syntax.Expr;
import dev.codelive.codelive.syntax.Node;
import dev.codelive.codelive.syntax.Stmt;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where each name of one function (or of the module's code) is used, in source order: enough to place its
 * declaration the way a person would. A name is declared by its first store when that store is at the top level
 * of the body and nothing uses the name before it; a name used only as the target of {@code for} loops and inside
 * those loops is declared by each loop; any other name is hoisted to the top of the function.
 */
final class Occurrences {
    private final Set<String> locals;
    private final Map<String, Integer> firstUse = new HashMap<>();
    private final IdentityHashMap<Expr.Name, Integer> order = new IdentityHashMap<>();
    private final Map<String, Integer> firstTopLevelStore = new HashMap<>();
    private final Set<String> storedOutsideForTargets = new HashSet<>();
    private final Set<String> usedOutsideOwnLoop = new HashSet<>();
    private final Deque<Set<String>> loopTargets = new ArrayDeque<>();
    private int counter;
    private int depth;

    private Occurrences(Set<String> locals) {
        this.locals = locals;
    }

    /** @param locals the names this body binds (others, such as globals read by a function, are not placed) */
    static Occurrences of(List<Stmt> body, Set<String> locals) {
        Occurrences occurrences = new Occurrences(locals);
        occurrences.block(body);
        return occurrences;
    }

    /** Whether this store is where its variable gets declared. */
    boolean declares(Expr.Name store) {
        String name = store.id();
        Integer position = order.get(store);
        return position != null && position.equals(firstTopLevelStore.get(name)) && position.equals(firstUse.get(name));
    }

    /** Whether each {@code for} loop over this name declares it for itself. */
    boolean loopPrivate(String name) {
        return !storedOutsideForTargets.contains(name) && !usedOutsideOwnLoop.contains(name);
    }

    private void block(List<Stmt> body) {
        for (Stmt statement : body) {
            statement(statement);
        }
    }

    private void nested(List<Stmt> body) {
        depth++;
        block(body);
        depth--;
    }

    private void statement(Stmt statement) {
        switch (statement) {
            case Stmt.ExprStmt expression -> expression(expression.expression());
            case Stmt.Assign assign -> {
                expression(assign.value());
                assign.targets().forEach(target -> store(target, false));
            }
            case Stmt.AugAssign assign -> {
                expression(assign.value());
                // x += 1 reads x before storing it: never a declaration.
                expression(assign.target());
                store(assign.target(), false);
            }
            case Stmt.AnnAssign assign -> {
                if (assign.value() != null) {
                    expression(assign.value());
                    store(assign.target(), false);
                }
            }
            case Stmt.Return ret -> {
                if (ret.value() != null) {
                    expression(ret.value());
                }
            }
            case Stmt.If conditional -> {
                for (Branch branch : conditional.branches()) {
                    expression(branch.condition());
                    nested(branch.body());
                }
                nested(conditional.orElse());
            }
            case Stmt.While loop -> {
                expression(loop.condition());
                nested(loop.body());
                nested(loop.orElse());
            }
            case Stmt.For loop -> {
                expression(loop.iterable());
                Set<String> targets = new HashSet<>();
                collectNames(loop.target(), targets);
                loopTargets.push(targets);
                depth++;
                store(loop.target(), true);
                block(loop.body());
                loopTargets.pop();
                block(loop.orElse());
                depth--;
            }
            case Stmt.Assert check -> {
                expression(check.condition());
                if (check.message() != null) {
                    expression(check.message());
                }
            }
            default -> { }
        }
    }

    private static void collectNames(Expr target, Set<String> names) {
        switch (target) {
            case Expr.Name name -> names.add(name.id());
            case Expr.TupleLiteral tuple -> tuple.elements().forEach(element -> collectNames(element, names));
            case Expr.ListLiteral list -> list.elements().forEach(element -> collectNames(element, names));
            default -> { }
        }
    }

    private void store(Expr target, boolean forTarget) {
        switch (target) {
            case Expr.Name name -> {
                if (!locals.contains(name.id())) {
                    return;
                }
                int position = use(name);
                if (!forTarget) {
                    storedOutsideForTargets.add(name.id());
                    if (depth == 0) {
                        firstTopLevelStore.putIfAbsent(name.id(), position);
                    }
                }
            }
            case Expr.TupleLiteral tuple -> tuple.elements().forEach(element -> store(element, forTarget));
            case Expr.ListLiteral list -> list.elements().forEach(element -> store(element, forTarget));
            case Expr.Subscript subscript -> {
                expression(subscript.value());
                expression(subscript.index());
            }
            default -> expression(target);
        }
    }

    private int use(Expr.Name name) {
        int position = counter++;
        order.put(name, position);
        firstUse.putIfAbsent(name.id(), position);
        if (loopTargets.stream().noneMatch(targets -> targets.contains(name.id()))) {
            usedOutsideOwnLoop.add(name.id());
        }
        return position;
    }

    private void expression(Node node) {
        if (node instanceof Expr.Name name) {
            if (locals.contains(name.id())) {
                use(name);
            }
            return;
        }
        if (node instanceof Expr.ListComp || node instanceof Expr.GeneratorExp) {
            comprehension(node);
            return;
        }
        for (Node child : node.children()) {
            expression(child);
        }
    }

    /** A comprehension's own targets shadow the function's names; only what it reads from outside counts. */
    private void comprehension(Node node) {
        List<Comprehension> clauses = node instanceof Expr.ListComp list ? list.clauses() : ((Expr.GeneratorExp) node).clauses();
        Expr element = node instanceof Expr.ListComp list ? list.element() : ((Expr.GeneratorExp) node).element();
        Set<String> own = new HashSet<>();
        clauses.forEach(clause -> collectNames(clause.target(), own));
        Set<String> outer = new HashSet<>(locals);
        outer.removeAll(own);
        Occurrences inner = new Occurrences(outer);
        inner.counter = counter;
        for (Comprehension clause : clauses) {
            inner.expression(clause.iterable());
            clause.conditions().forEach(inner::expression);
        }
        inner.expression(element);
        // Reads of the function's names inside: merge them as uses at this point.
        for (Map.Entry<String, Integer> use : inner.firstUse.entrySet()) {
            firstUse.putIfAbsent(use.getKey(), counter++);
            if (loopTargets.stream().noneMatch(targets -> targets.contains(use.getKey()))) {
                usedOutsideOwnLoop.add(use.getKey());
            }
        }
    }
}
