package dev.codelive.codelive.backend.support;

import dev.codelive.codelive.ir.Expr;
import dev.codelive.codelive.ir.IrWalk;
import dev.codelive.codelive.ir.Stmt;
import dev.codelive.codelive.ir.Target;
import dev.codelive.codelive.ir.Type;
import dev.codelive.codelive.ir.Variable;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The list variables a body changes in place ({@code xs.append(v)}, {@code xs[i] = v}, {@code xs += ys}), and the
 * list variables that share their list with another ({@code ys = xs}). A backend whose lists are values rather than
 * references renders a program faithfully only when no shared list is changed.
 */
public final class Mutations {
    private final Set<Variable> mutated = new LinkedHashSet<>();
    private final Set<Variable> aliased = new LinkedHashSet<>();

    private Mutations() {}

    public static Mutations of(List<Stmt> body) {
        Mutations mutations = new Mutations();
        IrWalk.statements(body, mutations::statement);
        IrWalk.expressions(body, expression -> {
            if (expression instanceof Expr.MethodCall call && Effects.MUTATING_METHODS.contains(call.method())) {
                root(call.receiver()).ifPresent(mutations.mutated::add);
            }
        });
        return mutations;
    }

    private void statement(Stmt statement) {
        switch (statement) {
            case Stmt.Assign assign -> {
                target(assign.target());
                if (assign.target() instanceof Target.Store store && store.type() instanceof Type.ListOf
                        && assign.value() instanceof Expr.Load load) {
                    aliased.add(store.variable());
                    aliased.add(load.variable());
                }
            }
            case Stmt.AugAssign assign -> {
                target(assign.target());
                if (assign.target() instanceof Target.Store store && store.type() instanceof Type.ListOf) {
                    mutated.add(store.variable());
                }
            }
            case Stmt.For loop -> target(loop.target());
            default -> { }
        }
    }

    private void target(Target target) {
        switch (target) {
            case Target.Store ignored -> { }
            case Target.Element element -> root(element.list()).ifPresent(mutated::add);
            case Target.Unpack unpack -> unpack.targets().forEach(this::target);
        }
    }

    /** The variable whose list (or nested list) an expression designates: {@code xs} for {@code xs[i][j]}. */
    public static Optional<Variable> root(Expr expression) {
        return switch (expression) {
            case Expr.Load load -> Optional.of(load.variable());
            case Expr.Index index -> root(index.target());
            default -> Optional.empty();
        };
    }

    /** Whether the list of this variable is changed in place somewhere in the body. */
    public boolean isMutated(Variable variable) {
        return mutated.contains(variable);
    }

    /** A list changed in place while another variable holds it too, if there is one. */
    public Optional<Variable> mutatedAlias() {
        return aliased.stream().filter(mutated::contains).findFirst();
    }

    /** Whether the statements change the list of this variable in place. */
    public static boolean mutates(List<Stmt> body, Variable variable) {
        return of(body).isMutated(variable);
    }
}
