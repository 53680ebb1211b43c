package dev.codelive.codelive.optimize;

import dev.codelive.codelive.ir.Expr;
import dev.codelive.codelive.ir.Function;
import dev.codelive.codelive.ir.Program;
import dev.codelive.codelive.ir.Stmt;
import dev.codelive.codelive.ir.Target;
import java.util.ArrayList;
import java.util.List;

/**
 * Rebuilds a program bottom-up: each expression's children first, then {@link #expression} on the rebuilt node;
 * each statement's parts first, then {@link #statements} on it (which may replace it by zero or more statements).
 * An optimisation overrides the two hooks.
 */
abstract class IrTransformer {
    /** Rewrites one expression whose children are already rewritten. */
    protected Expr expression(Expr expression) {
        return expression;
    }

    /** Rewrites one statement whose parts are already rewritten. */
    protected List<Stmt> statements(Stmt statement) {
        return List.of(statement);
    }

    final Program program(Program program) {
        List<Function> functions = program.functions().stream().map(f -> new Function(f.name(), f.parameters(), f.returnType(),
                block(f.body()), f.locals(), f.hoisted())).toList();
        return new Program(functions, block(program.main()), program.globals(), program.hoisted(), program.globalsReadByFunctions(),
                program.intWidth());
    }

    final List<Stmt> block(List<Stmt> body) {
        List<Stmt> out = new ArrayList<>();
        for (Stmt statement : body) {
            out.addAll(statements(rebuild(statement)));
        }
        return out;
    }

    private Stmt rebuild(Stmt statement) {
        return switch (statement) {
            case Stmt.Evaluate s -> new Stmt.Evaluate(walk(s.expression()), s.span());
            case Stmt.Print s -> new Stmt.Print(walkAll(s.values()), walk(s.sep()), walk(s.end()), s.span());
            case Stmt.Assign s -> new Stmt.Assign(target(s.target()), walk(s.value()), s.span());
            case Stmt.AugAssign s -> new Stmt.AugAssign(target(s.target()), s.operator(), walk(s.value()), s.span());
            case Stmt.If s -> new Stmt.If(s.branches().stream().map(b -> new Stmt.If.Branch(walk(b.condition()), block(b.body()))).toList(),
                    block(s.orElse()), s.span());
            case Stmt.While s -> new Stmt.While(walk(s.condition()), block(s.body()), block(s.orElse()), s.span());
            case Stmt.For s -> new Stmt.For(target(s.target()), walk(s.iterable()), block(s.body()), block(s.orElse()), s.span());
            case Stmt.Return s -> new Stmt.Return(s.value().map(this::walk), s.span());
            case Stmt.Assert s -> new Stmt.Assert(walk(s.condition()), s.message().map(this::walk), s.span());
            case Stmt.Break s -> s;
            case Stmt.Continue s -> s;
        };
    }

    private Target target(Target target) {
        return switch (target) {
            case Target.Store store -> store;
            case Target.Element element -> new Target.Element(walk(element.list()), walk(element.index()));
            case Target.Unpack unpack -> new Target.Unpack(unpack.targets().stream().map(this::target).toList(), unpack.type());
        };
    }

    private List<Expr> walkAll(List<Expr> expressions) {
        return expressions.stream().map(this::walk).toList();
    }

    final Expr walk(Expr expression) {
        Expr rebuilt = switch (expression) {
            case Expr.Binary e -> new Expr.Binary(walk(e.left()), e.operator(), walk(e.right()), e.type(), e.span());
            case Expr.Negate e -> new Expr.Negate(walk(e.operand()), e.plus(), e.type(), e.span());
            case Expr.Not e -> new Expr.Not(walk(e.operand()), e.span());
            case Expr.Logical e -> new Expr.Logical(e.operator(), walkAll(e.operands()), e.type(), e.span());
            case Expr.Compare e -> new Expr.Compare(walk(e.first()),
                    e.links().stream().map(link -> new Expr.Compare.Link(link.operator(), walk(link.right()))).toList(), e.span());
            case Expr.Conditional e -> new Expr.Conditional(walk(e.condition()), walk(e.whenTrue()), walk(e.whenFalse()), e.type(), e.span());
            case Expr.ListLiteral e -> new Expr.ListLiteral(walkAll(e.elements()), e.type(), e.span());
            case Expr.TupleLiteral e -> new Expr.TupleLiteral(walkAll(e.elements()), e.type(), e.span());
            case Expr.RangeOf e -> new Expr.RangeOf(walk(e.start()), walk(e.stop()), walk(e.step()), e.span());
            case Expr.Index e -> new Expr.Index(walk(e.target()), walk(e.index()), e.type(), e.span());
            case Expr.Slice e -> new Expr.Slice(walk(e.target()), e.lower().map(this::walk), e.upper().map(this::walk),
                    e.step().map(this::walk), e.type(), e.span());
            case Expr.Call e -> new Expr.Call(e.function(), walkAll(e.arguments()), e.type(), e.span());
            case Expr.BuiltinCall e -> new Expr.BuiltinCall(e.builtin(), walkAll(e.arguments()), e.type(), e.span());
            case Expr.MethodCall e -> new Expr.MethodCall(walk(e.receiver()), e.method(), walkAll(e.arguments()), e.type(), e.span());
            case Expr.MathCall e -> new Expr.MathCall(e.function(), walkAll(e.arguments()), e.type(), e.span());
            case Expr.Comprehension e -> new Expr.Comprehension(walk(e.element()), e.clauses().stream().map(this::clause).toList(),
                    e.lazy(), e.type(), e.span());
            case Expr.FString e -> new Expr.FString(e.parts().stream().map(part -> part instanceof Expr.FString.Part.Value value
                    ? (Expr.FString.Part) new Expr.FString.Part.Value(walk(value.value()), value.conversion(), value.spec()) : part).toList(),
                    e.span());
            default -> expression;
        };
        return expression(rebuilt);
    }

    private Expr.Clause clause(Expr.Clause clause) {
        return switch (clause) {
            case Expr.Clause.For loop -> new Expr.Clause.For(target(loop.target()), walk(loop.iterable()));
            case Expr.Clause.If condition -> new Expr.Clause.If(walk(condition.condition()));
        };
    }
}
