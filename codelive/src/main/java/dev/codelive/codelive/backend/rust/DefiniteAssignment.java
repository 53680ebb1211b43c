package dev.codelive.codelive.backend.rust;

import dev.codelive.codelive.ir.Expr;
import dev.codelive.codelive.ir.IrWalk;
import dev.codelive.codelive.ir.Stmt;
import dev.codelive.codelive.ir.Target;
import dev.codelive.codelive.ir.Variable;
import java.util.List;

/**
 * Rust's definite-initialisation rule, for a variable declared at the top of its function: when every read comes
 * after an assignment on every path Rust considers, the declaration needs no placeholder value ({@code let x: i64;}),
 * and it needs {@code mut} only if some path assigns it twice.
 */
final class DefiniteAssignment {
    private final Variable variable;
    private boolean readTooEarly;

    private DefiniteAssignment(Variable variable) {
        this.variable = variable;
    }

    /** Whether Rust accepts the variable declared without a value before these statements. */
    static boolean assignedBeforeEveryRead(List<Stmt> body, Variable variable) {
        DefiniteAssignment analysis = new DefiniteAssignment(variable);
        analysis.block(body, false);
        return !analysis.readTooEarly;
    }

    /** Whether some path stores the variable twice (a store inside a loop counts as twice). */
    static boolean storedTwice(List<Stmt> body, Variable variable) {
        return new DefiniteAssignment(variable).stores(body) >= 2;
    }

    private boolean block(List<Stmt> body, boolean assigned) {
        for (Stmt statement : body) {
            assigned = statement(statement, assigned);
        }
        return assigned;
    }

    private boolean statement(Stmt statement, boolean assigned) {
        switch (statement) {
            case Stmt.Assign assign -> {
                read(assign.value(), assigned);
                readTarget(assign.target(), assigned);
                return assigned || stores(assign.target());
            }
            case Stmt.AugAssign assign -> {
                read(assign.value(), assigned);
                readTarget(assign.target(), assigned);
                if (stores(assign.target())) {
                    readTooEarly |= !assigned;
                }
                return assigned;
            }
            case Stmt.If conditional -> {
                boolean all = true;
                for (Stmt.If.Branch branch : conditional.branches()) {
                    read(branch.condition(), assigned);
                    all &= block(branch.body(), assigned) || diverges(branch.body());
                }
                all &= block(conditional.orElse(), assigned) || diverges(conditional.orElse()) && !conditional.orElse().isEmpty();
                return assigned || all;
            }
            case Stmt.While loop -> {
                read(loop.condition(), assigned);
                block(loop.body(), assigned);
                block(loop.orElse(), assigned);
                return assigned;
            }
            case Stmt.For loop -> {
                read(loop.iterable(), assigned);
                block(loop.body(), assigned || stores(loop.target()));
                block(loop.orElse(), assigned);
                return assigned;
            }
            case Stmt.Break ignored -> {
                return true;
            }
            case Stmt.Continue ignored -> {
                return true;
            }
            case Stmt.Return ret -> {
                ret.value().ifPresent(value -> read(value, assigned));
                return true;
            }
            default -> {
                IrWalk.expressions(List.of(statement), expression -> readTooEarly |= !assigned && reads(expression));
                return assigned;
            }
        }
    }

    private static boolean diverges(List<Stmt> body) {
        return !body.isEmpty() && (body.getLast() instanceof Stmt.Return || body.getLast() instanceof Stmt.Break
                || body.getLast() instanceof Stmt.Continue);
    }

    private void read(Expr expression, boolean assigned) {
        IrWalk.expressions(expression, inner -> readTooEarly |= !assigned && reads(inner));
    }

    private void readTarget(Target target, boolean assigned) {
        switch (target) {
            case Target.Element element -> {
                read(element.list(), assigned);
                read(element.index(), assigned);
            }
            case Target.Unpack unpack -> unpack.targets().forEach(inner -> readTarget(inner, assigned));
            case Target.Store ignored -> { }
        }
    }

    private boolean reads(Expr expression) {
        return expression instanceof Expr.Load load && load.variable().equals(variable);
    }

    private boolean stores(Target target) {
        return switch (target) {
            case Target.Store store -> store.variable().equals(variable);
            case Target.Unpack unpack -> unpack.targets().stream().anyMatch(this::stores);
            case Target.Element ignored -> false;
        };
    }

    private int stores(List<Stmt> body) {
        int count = 0;
        for (Stmt statement : body) {
            count += switch (statement) {
                case Stmt.Assign assign -> stores(assign.target()) ? 1 : 0;
                case Stmt.AugAssign assign -> stores(assign.target()) ? 2 : 0;
                case Stmt.If conditional -> Math.max(conditional.branches().stream().mapToInt(branch -> stores(branch.body())).max().orElse(0),
                        stores(conditional.orElse()));
                case Stmt.While loop -> stores(loop.body()) > 0 ? 2 : stores(loop.orElse());
                case Stmt.For loop -> stores(loop.target()) || stores(loop.body()) > 0 ? 2 : stores(loop.orElse());
                default -> 0;
            };
        }
        return count;
    }
}
