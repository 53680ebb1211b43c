package dev.codelive.codelive.ir;

import dev.codelive.codelive.syntax.BinaryOperator;
import dev.codelive.codelive.syntax.Span;
import java.util.List;
import java.util.Optional;

/** A typed statement. */
public sealed interface Stmt {
    Span span();

    /** An expression for its effect: a call, usually. */
    record Evaluate(Expr expression, Span span) implements Stmt {}

    /** {@code print(values..., sep=sep, end=end)}; sep and end are str expressions (default " " and "\n"). */
    record Print(List<Expr> values, Expr sep, Expr end, Span span) implements Stmt {
        public Print {
            values = List.copyOf(values);
        }
    }

    /** {@code target = value}; chained {@code a = b = v} arrive as one Assign per target, the value stored once in a temporary by the lowering. */
    record Assign(Target target, Expr value, Span span) implements Stmt {}

    /** {@code target op= value}: for lists, {@code +=} extends in place. */
    record AugAssign(Target target, BinaryOperator operator, Expr value, Span span) implements Stmt {}

    record If(List<Branch> branches, List<Stmt> orElse, Span span) implements Stmt {
        public If {
            branches = List.copyOf(branches);
            orElse = List.copyOf(orElse);
        }

        /** {@code if/elif condition: body}. */
        public record Branch(Expr condition, List<Stmt> body) {
            public Branch {
                body = List.copyOf(body);
            }
        }
    }

    /** {@code while condition: body else: orElse}; the else part runs when the loop ends without break. */
    record While(Expr condition, List<Stmt> body, List<Stmt> orElse, Span span) implements Stmt {
        public While {
            body = List.copyOf(body);
            orElse = List.copyOf(orElse);
        }
    }

    /** {@code for target in iterable: body else: orElse}. */
    record For(Target target, Expr iterable, List<Stmt> body, List<Stmt> orElse, Span span) implements Stmt {
        public For {
            body = List.copyOf(body);
            orElse = List.copyOf(orElse);
        }
    }

    record Break(Span span) implements Stmt {}

    record Continue(Span span) implements Stmt {}

    record Return(Optional<Expr> value, Span span) implements Stmt {}

    /** {@code assert condition, message}: an AssertionError ends the program. */
    record Assert(Expr condition, Optional<Expr> message, Span span) implements Stmt {}
}
