package dev.codelive.codelive.evaluator;

import dev.codelive.codelive.runtime.CompareOp;
import dev.codelive.codelive.runtime.PyBool;
import dev.codelive.codelive.runtime.PyFloat;
import dev.codelive.codelive.runtime.PyInt;
import dev.codelive.codelive.runtime.PyNone;
import dev.codelive.codelive.runtime.PyStr;
import dev.codelive.codelive.syntax.Alias;
import dev.codelive.codelive.syntax.BoolOperator;
import dev.codelive.codelive.syntax.Branch;
import dev.codelive.codelive.syntax.Comprehension;
import dev.codelive.codelive.syntax.Expr;
import dev.codelive.codelive.syntax.FStringPart;
import dev.codelive.codelive.syntax.Keyword;
import dev.codelive.codelive.syntax.Parameter;
import dev.codelive.codelive.syntax.Stmt;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiles a syntax tree for one evaluation: each expression becomes a {@link Node} and each statement a {@link Step}
 * bound to the evaluation's meter and listener, each name resolved to its slot (see {@link Layout}), each literal's
 * value made once. Evaluating the result does what interpreting the tree would, step for step, without dispatching
 * on node types or looking names up. The tree's height is bounded by the parser, and so is this recursion.
 */
final class Compiler {
    /** A function's compiled body and where its variables live. */
    record FunctionCode(Layout layout, Step[] body) {}

    private final Interpreter interpreter;

    Compiler(Interpreter interpreter) {
        this.interpreter = interpreter;
    }

    Step[] block(List<Stmt> block, Layout layout) {
        Step[] steps = new Step[block.size()];
        for (int i = 0; i < steps.length; i++) {
            steps[i] = statement(block.get(i), layout);
        }
        return steps;
    }

    Node expression(Expr expression, Layout layout) {
        Interpreter in = interpreter;
        return switch (expression) {
            case Expr.IntLiteral i -> new Expressions.Constant(i, PyInt.of(i.value()), in);
            case Expr.FloatLiteral f -> new Expressions.Constant(f, PyFloat.of(f.value()), in);
            case Expr.BoolLiteral b -> new Expressions.Constant(b, PyBool.of(b.value()), in);
            case Expr.NoneLiteral n -> new Expressions.Constant(n, PyNone.NONE, in);
            case Expr.StringLiteral s -> new Expressions.Constant(s, PyStr.of(s.value()), in);
            case Expr.FString f -> fString(f, layout);
            case Expr.Name n -> Names.load(n, layout, in);
            case Expr.BinaryOp b -> new Expressions.Binary(b, Operations.binary(b.operator()),
                    expression(b.left(), layout), expression(b.right(), layout), in);
            case Expr.UnaryOp u -> new Expressions.Unary(u, Operations.unary(u.operator()),
                    expression(u.operand(), layout), in);
            case Expr.BoolOp b -> new Expressions.BoolOp(b, b.operator() == BoolOperator.OR,
                    expressions(b.values(), layout), in);
            case Expr.Compare c -> compare(c, layout);
            case Expr.Conditional c -> new Expressions.Conditional(c, expression(c.condition(), layout),
                    expression(c.whenTrue(), layout), expression(c.whenFalse(), layout), in);
            case Expr.Call c -> call(c, layout);
            case Expr.Attribute a -> new Calls.AttributeRead(a, expression(a.value(), layout), in);
            case Expr.Subscript s -> s.index() instanceof Expr.Slice slice
                    ? new Expressions.Slice(s, expression(s.value(), layout), bounds(slice, layout), in)
                    : new Expressions.Item(s, expression(s.value(), layout), expression(s.index(), layout), in);
            case Expr.Slice s -> new Expressions.MisplacedSlice(s, in);
            case Expr.ListLiteral l -> new Expressions.Display(l, false, expressions(l.elements(), layout), in);
            case Expr.TupleLiteral t -> new Expressions.Display(t, true, expressions(t.elements(), layout), in);
            case Expr.ListComp c -> new Comprehensions.ListComp(c, comprehension(c.element(), c.clauses(), layout),
                    in);
            case Expr.GeneratorExp g -> new Comprehensions.GeneratorExp(g,
                    comprehension(g.element(), g.clauses(), layout), in);
        };
    }

    private Node[] expressions(List<Expr> expressions, Layout layout) {
        Node[] nodes = new Node[expressions.size()];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = expression(expressions.get(i), layout);
        }
        return nodes;
    }

    /** An optional part (a default, a slice bound): null stays null. */
    private Node optional(Expr expression, Layout layout) {
        return expression == null ? null : expression(expression, layout);
    }

    private Node compare(Expr.Compare chain, Layout layout) {
        int links = chain.links().size();
        CompareOp[] operators = new CompareOp[links];
        Node[] rights = new Node[links];
        for (int i = 0; i < links; i++) {
            Expr.Compare.Link link = chain.links().get(i);
            operators[i] = Operations.compare(link.operator());
            rights[i] = expression(link.right(), layout);
        }
        return new Expressions.Compare(chain, expression(chain.left(), layout), operators, rights, interpreter);
    }

    private Node call(Expr.Call call, Layout layout) {
        String[] names = new String[call.keywords().size()];
        Node[] values = new Node[names.length];
        for (int i = 0; i < names.length; i++) {
            Keyword keyword = call.keywords().get(i);
            names[i] = keyword.name();
            values[i] = expression(keyword.value(), layout);
        }
        Calls.ArgumentNodes arguments = new Calls.ArgumentNodes(expressions(call.arguments(), layout), names, values);
        if (call.function() instanceof Expr.Attribute attribute) {
            return new Calls.AttributeCall(call, attribute, expression(attribute.value(), layout), arguments,
                    interpreter);
        }
        return new Calls.Call(call, expression(call.function(), layout), arguments, interpreter);
    }

    private Expressions.SliceBounds bounds(Expr.Slice slice, Layout layout) {
        return new Expressions.SliceBounds(optional(slice.lower(), layout), optional(slice.upper(), layout),
                optional(slice.step(), layout));
    }

    private Node fString(Expr.FString fString, Layout layout) {
        List<Expressions.FString.Part> parts = new ArrayList<>();
        for (FStringPart part : fString.parts()) {
            parts.add(switch (part) {
                case FStringPart.Text text -> new Expressions.FString.Text(text.value());
                case FStringPart.Interpolation field -> new Expressions.FString.Field(
                        expression(field.expression(), layout), field.conversion(), field.formatSpec());
            });
        }
        return new Expressions.FString(fString, parts, interpreter);
    }

    /** The first iterable belongs to the enclosing scope; the rest of the comprehension to its own. */
    private Comprehensions.Code comprehension(Expr element, List<Comprehension> clauses, Layout layout) {
        Layout inner = Layout.comprehension(clauses, layout);
        Comprehensions.Clause[] compiled = new Comprehensions.Clause[clauses.size()];
        for (int i = 0; i < compiled.length; i++) {
            Comprehension clause = clauses.get(i);
            compiled[i] = new Comprehensions.Clause(clause, target(clause.target(), inner),
                    expression(clause.iterable(), i == 0 ? layout : inner), expressions(clause.conditions(), inner));
        }
        return new Comprehensions.Code(expression(element, inner), compiled, inner);
    }

    private Targets.Target target(Expr target, Layout layout) {
        return switch (target) {
            case Expr.Name name -> new Targets.Name(name, layout.slotOf(name.id()), interpreter);
            case Expr.TupleLiteral tuple -> new Targets.Unpack(targets(tuple.elements(), layout));
            case Expr.ListLiteral list -> new Targets.Unpack(targets(list.elements(), layout));
            case Expr.Subscript subscript -> subscript.index() instanceof Expr.Slice slice
                    ? new Targets.Slice(expression(subscript.value(), layout), bounds(slice, layout),
                            interpreter.meter)
                    : new Targets.Item(expression(subscript.value(), layout), expression(subscript.index(), layout));
            case Expr.Attribute attribute -> new Targets.Attribute(attribute, expression(attribute.value(), layout));
            default -> throw new IllegalStateException("not an assignment target: " + target);
        };
    }

    private Targets.Target[] targets(List<Expr> targets, Layout layout) {
        Targets.Target[] compiled = new Targets.Target[targets.size()];
        for (int i = 0; i < compiled.length; i++) {
            compiled[i] = target(targets.get(i), layout);
        }
        return compiled;
    }

    private Step statement(Stmt statement, Layout layout) {
        Interpreter in = interpreter;
        return switch (statement) {
            case Stmt.ExprStmt s -> new Statements.Expression(s, expression(s.expression(), layout), in);
            case Stmt.Assign s -> new Statements.Assign(s, targets(s.targets(), layout),
                    expression(s.value(), layout), in);
            case Stmt.AugAssign s -> augmented(s, layout);
            case Stmt.AnnAssign s -> annotated(s, layout);
            case Stmt.FunctionDef s -> define(s, layout);
            case Stmt.Return s -> new Statements.Return(s, optional(s.value(), layout), in);
            case Stmt.If s -> conditional(s, layout);
            case Stmt.While s -> new Statements.While(s, expression(s.condition(), layout), block(s.body(), layout),
                    block(s.orElse(), layout), in);
            case Stmt.For s -> new Statements.For(s, target(s.target(), layout), expression(s.iterable(), layout),
                    block(s.body(), layout), block(s.orElse(), layout), in);
            case Stmt.Break s -> new Statements.Jump(s, Completion.BREAK, in);
            case Stmt.Continue s -> new Statements.Jump(s, Completion.CONTINUE, in);
            case Stmt.Pass s -> new Statements.Jump(s, Completion.NORMAL, in);
            case Stmt.Assert s -> new Statements.Assert(s, expression(s.condition(), layout),
                    optional(s.message(), layout), in);
            case Stmt.Import s -> new Statements.Import(s, slots(s.names(), layout), in);
            case Stmt.ImportFrom s -> new Statements.ImportFrom(s, slots(s.names(), layout), in);
        };
    }

    private Step conditional(Stmt.If statement, Layout layout) {
        List<Branch> branches = statement.branches();
        Node[] conditions = new Node[branches.size()];
        Step[][] bodies = new Step[branches.size()][];
        for (int i = 0; i < conditions.length; i++) {
            conditions[i] = expression(branches.get(i).condition(), layout);
            bodies[i] = block(branches.get(i).body(), layout);
        }
        return new Statements.If(statement, conditions, bodies, block(statement.orElse(), layout), interpreter);
    }

    private Step augmented(Stmt.AugAssign statement, Layout layout) {
        Node value = expression(statement.value(), layout);
        return switch (statement.target()) {
            case Expr.Name name -> new Targets.AugmentedName(statement, Names.load(name, layout, interpreter), value,
                    new Targets.Name(name, layout.slotOf(name.id()), interpreter), interpreter);
            case Expr.Subscript subscript -> subscript.index() instanceof Expr.Slice slice
                    ? new Targets.AugmentedSlice(statement, expression(subscript.value(), layout),
                            bounds(slice, layout), value, interpreter)
                    : new Targets.AugmentedItem(statement, expression(subscript.value(), layout),
                            expression(subscript.index(), layout), value, interpreter);
            case Expr.Attribute attribute -> new Targets.AugmentedAttribute(statement,
                    new Calls.AttributeRead(attribute, expression(attribute.value(), layout), interpreter),
                    interpreter);
            default -> throw new IllegalStateException("not an augmented assignment target: " + statement.target());
        };
    }

    private Step annotated(Stmt.AnnAssign statement, Layout layout) {
        Targets.Target target = null;
        Node value = null;
        Node container = null;
        Node index = null;
        Expressions.SliceBounds slice = null;
        if (statement.value() != null) {
            target = target(statement.target(), layout);
            value = expression(statement.value(), layout);
        } else if (statement.target() instanceof Expr.Attribute attribute) {
            container = expression(attribute.value(), layout);
        } else if (statement.target() instanceof Expr.Subscript subscript) {
            container = expression(subscript.value(), layout);
            if (subscript.index() instanceof Expr.Slice bounds) {
                slice = bounds(bounds, layout);
            } else {
                index = expression(subscript.index(), layout);
            }
        }
        Annotations.Check annotation = layout.isModule() ? annotation(statement.annotation(), layout) : null;
        return new Statements.AnnotatedAssign(statement, target, value, container, index, slice, annotation,
                interpreter);
    }

    private Step define(Stmt.FunctionDef definition, Layout layout) {
        Layout locals = Layout.function(definition, layout);
        FunctionCode code = new FunctionCode(locals, block(definition.body(), locals));
        List<Parameter> parameters = definition.parameters();
        Node[] defaults = new Node[parameters.size()];
        List<Annotations.Check> annotations = new ArrayList<>();
        for (int i = 0; i < defaults.length; i++) {
            defaults[i] = optional(parameters.get(i).defaultValue(), layout);
        }
        for (Parameter parameter : parameters) {
            if (parameter.annotation() != null) {
                annotations.add(annotation(parameter.annotation(), layout));
            }
        }
        if (definition.returns() != null) {
            annotations.add(annotation(definition.returns(), layout));
        }
        return new Statements.Define(definition, code, layout.slotOf(definition.name()), defaults, annotations,
                interpreter);
    }

    private Annotations.Check annotation(Expr annotation, Layout layout) {
        Interpreter in = interpreter;
        return switch (annotation) {
            case Expr.Name name -> new Annotations.Name(name, Names.load(name, layout, in), in);
            case Expr.Attribute attribute -> new Annotations.Parts(List.of(annotation(attribute.value(), layout)), in);
            case Expr.Subscript subscript -> new Annotations.Parts(List.of(annotation(subscript.value(), layout),
                    annotation(subscript.index(), layout)), in);
            case Expr.TupleLiteral tuple -> new Annotations.Parts(annotations(tuple.elements(), layout), in);
            case Expr.ListLiteral list -> new Annotations.Parts(annotations(list.elements(), layout), in);
            case Expr.StringLiteral s -> new Annotations.Parts(List.of(), in);
            case Expr.NoneLiteral n -> new Annotations.Parts(List.of(), in);
            default -> new Annotations.Evaluated(expression(annotation, layout), in);
        };
    }

    private List<Annotations.Check> annotations(List<Expr> annotations, Layout layout) {
        List<Annotations.Check> checks = new ArrayList<>(annotations.size());
        for (Expr annotation : annotations) {
            checks.add(annotation(annotation, layout));
        }
        return checks;
    }

    private int[] slots(List<Alias> aliases, Layout layout) {
        int[] slots = new int[aliases.size()];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = layout.slotOf(aliases.get(i).boundName());
        }
        return slots;
    }
}
