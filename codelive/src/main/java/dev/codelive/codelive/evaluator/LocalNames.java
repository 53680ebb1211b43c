package dev.codelive.codelive.evaluator;

import dev.codelive.codelive.syntax.Alias;
import dev.codelive.codelive.syntax.Branch;
import dev.codelive.codelive.syntax.Comprehension;
import dev.codelive.codelive.syntax.Expr;
import dev.codelive.codelive.syntax.Parameter;
import dev.codelive.codelive.syntax.Stmt;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Python's static scoping: the names a function body or a comprehension binds, which are therefore its locals. Only
 * statements bind names in a function (the subset has no walrus, and a comprehension's variables are its own), so the
 * walk looks at statements and their targets and does not enter nested functions' bodies.
 */
final class LocalNames {
    private LocalNames() {}

    static Set<String> ofFunction(Stmt.FunctionDef function) {
        Set<String> names = new HashSet<>();
        for (Parameter parameter : function.parameters()) {
            names.add(parameter.name());
        }
        addBlock(function.body(), names);
        return Set.copyOf(names);
    }

    /** The names the statements of a block bind, not counting those inside the functions it defines. */
    static Set<String> ofBlock(List<Stmt> block) {
        Set<String> names = new HashSet<>();
        addBlock(block, names);
        return Set.copyOf(names);
    }

    static Set<String> ofComprehension(List<Comprehension> clauses) {
        Set<String> names = new HashSet<>();
        for (Comprehension clause : clauses) {
            addTarget(clause.target(), names);
        }
        return Set.copyOf(names);
    }

    private static void addBlock(List<Stmt> block, Set<String> names) {
        for (Stmt statement : block) {
            add(statement, names);
        }
    }

    private static void add(Stmt statement, Set<String> names) {
        switch (statement) {
            case Stmt.Assign a -> a.targets().forEach(target -> addTarget(target, names));
            case Stmt.AugAssign a -> addTarget(a.target(), names);
            case Stmt.AnnAssign a -> addTarget(a.target(), names);
            case Stmt.For f -> {
                addTarget(f.target(), names);
                addBlock(f.body(), names);
                addBlock(f.orElse(), names);
            }
            case Stmt.While w -> {
                addBlock(w.body(), names);
                addBlock(w.orElse(), names);
            }
            case Stmt.If i -> {
                for (Branch branch : i.branches()) {
                    addBlock(branch.body(), names);
                }
                addBlock(i.orElse(), names);
            }
            case Stmt.FunctionDef f -> names.add(f.name());
            case Stmt.Import i -> i.names().forEach(alias -> names.add(alias.boundName()));
            case Stmt.ImportFrom i -> {
                for (Alias alias : i.names()) {
                    names.add(alias.boundName());
                }
            }
            case Stmt.ExprStmt e -> { }
            case Stmt.Return r -> { }
            case Stmt.Break b -> { }
            case Stmt.Continue c -> { }
            case Stmt.Pass p -> { }
            case Stmt.Assert a -> { }
        }
    }

    /** The names a target binds: a name, or the names inside a tuple or list target; never an item or attribute. */
    private static void addTarget(Expr target, Set<String> names) {
        switch (target) {
            case Expr.Name n -> names.add(n.id());
            case Expr.TupleLiteral t -> t.elements().forEach(element -> addTarget(element, names));
            case Expr.ListLiteral l -> l.elements().forEach(element -> addTarget(element, names));
            default -> { }
        }
    }
}
