package dev.codelive.codelive.evaluator;

import dev.codelive.codelive.runtime.PyNone;
import dev.codelive.codelive.runtime.PyObject;
import dev.codelive.codelive.runtime.PythonError;
import dev.codelive.codelive.runtime.Repr;
import dev.codelive.codelive.runtime.Sequences;
import dev.codelive.codelive.syntax.Branch;
import dev.codelive.codelive.syntax.Expr;
import dev.codelive.codelive.syntax.Parameter;
import dev.codelive.codelive.syntax.Stmt;
import java.util.Iterator;
import java.util.List;

/** Executes statements; each is one step, and a runtime error they raise directly is located at the statement. */
final class Statements {
    private final Interpreter interpreter;
    private final Expressions expressions;
    private final Meter meter;

    Statements(Interpreter interpreter) {
        this.interpreter = interpreter;
        this.expressions = interpreter.expressions;
        this.meter = interpreter.meter;
    }

    Completion execBlock(List<Stmt> block, Scope scope) {
        for (Stmt statement : block) {
            Completion completion = exec(statement, scope);
            if (completion != Completion.NORMAL) {
                return completion;
            }
        }
        return Completion.NORMAL;
    }

    private Completion exec(Stmt statement, Scope scope) {
        meter.step();
        try {
            return switch (statement) {
                case Stmt.ExprStmt s -> {
                    expressions.eval(s.expression(), scope);
                    yield Completion.NORMAL;
                }
                case Stmt.Assign s -> {
                    Object value = expressions.eval(s.value(), scope);
                    for (Expr target : s.targets()) {
                        interpreter.targets.assign(target, value, scope);
                    }
                    yield Completion.NORMAL;
                }
                case Stmt.AugAssign s -> {
                    interpreter.targets.augmented(s, scope);
                    yield Completion.NORMAL;
                }
                case Stmt.AnnAssign s -> annotatedAssignment(s, scope);
                case Stmt.FunctionDef s -> define(s, scope);
                case Stmt.Return s -> {
                    scope.setReturned(s.value() == null ? PyNone.NONE : expressions.eval(s.value(), scope));
                    yield Completion.RETURN;
                }
                case Stmt.If s -> ifStatement(s, scope);
                case Stmt.While s -> whileLoop(s, scope);
                case Stmt.For s -> forLoop(s, scope);
                case Stmt.Break s -> Completion.BREAK;
                case Stmt.Continue s -> Completion.CONTINUE;
                case Stmt.Pass s -> Completion.NORMAL;
                case Stmt.Assert s -> assertion(s, scope);
                case Stmt.Import s -> {
                    interpreter.imports.importModules(s, scope);
                    yield Completion.NORMAL;
                }
                case Stmt.ImportFrom s -> {
                    interpreter.imports.importFrom(s, scope);
                    yield Completion.NORMAL;
                }
            };
        } catch (PythonError error) {
            throw PythonException.at(error, statement.span());
        }
    }

    private Completion ifStatement(Stmt.If statement, Scope scope) {
        for (Branch branch : statement.branches()) {
            if (expressions.truthy(branch.condition(), scope)) {
                return execBlock(branch.body(), scope);
            }
        }
        return execBlock(statement.orElse(), scope);
    }

    private Completion whileLoop(Stmt.While loop, Scope scope) {
        while (expressions.truthy(loop.condition(), scope)) {
            Completion completion = execBlock(loop.body(), scope);
            if (completion == Completion.BREAK) {
                return Completion.NORMAL;
            }
            if (completion == Completion.RETURN) {
                return completion;
            }
        }
        return execBlock(loop.orElse(), scope);
    }

    private Completion forLoop(Stmt.For loop, Scope scope) {
        PyObject iterable = expressions.data(loop.iterable(), scope);
        Iterator<PyObject> items;
        try {
            items = Sequences.iterate(iterable);
        } catch (PythonError error) {
            throw PythonException.at(error, loop.iterable().span());
        }
        while (items.hasNext()) {
            PyObject item = items.next();
            try {
                interpreter.targets.assign(loop.target(), item, scope);
            } catch (PythonError error) {
                throw PythonException.at(error, loop.target().span());
            }
            Completion completion = execBlock(loop.body(), scope);
            if (completion == Completion.BREAK) {
                return Completion.NORMAL;
            }
            if (completion == Completion.RETURN) {
                return completion;
            }
        }
        return execBlock(loop.orElse(), scope);
    }

    private Completion assertion(Stmt.Assert statement, Scope scope) {
        if (!expressions.truthy(statement.condition(), scope)) {
            String message = statement.message() == null ? ""
                    : Repr.str(expressions.data(statement.message(), scope));
            throw new PythonException("AssertionError", message, statement.span());
        }
        return Completion.NORMAL;
    }

    /**
     * {@code target: annotation = value}. As CPython compiles it: the value is assigned first; a complex target without
     * a value still evaluates its container (and index); the annotation itself is evaluated only at module level.
     */
    private Completion annotatedAssignment(Stmt.AnnAssign statement, Scope scope) {
        if (statement.value() != null) {
            interpreter.targets.assign(statement.target(), expressions.eval(statement.value(), scope), scope);
        } else {
            switch (statement.target()) {
                case Expr.Attribute a -> expressions.eval(a.value(), scope);
                case Expr.Subscript s -> {
                    expressions.eval(s.value(), scope);
                    if (s.index() instanceof Expr.Slice slice) {
                        expressions.sliceBounds(slice, scope);
                    } else {
                        expressions.eval(s.index(), scope);
                    }
                }
                default -> { }
            }
        }
        if (scope.isModule()) {
            interpreter.annotations.check(statement.annotation(), scope);
        }
        return Completion.NORMAL;
    }

    /** {@code def}: defaults, then annotations, are evaluated now, in the defining scope, as in CPython. */
    private Completion define(Stmt.FunctionDef definition, Scope scope) {
        List<Parameter> parameters = definition.parameters();
        Object[] defaults = new Object[parameters.size()];
        for (int i = 0; i < parameters.size(); i++) {
            Expr fallback = parameters.get(i).defaultValue();
            if (fallback != null) {
                defaults[i] = expressions.eval(fallback, scope);
            }
        }
        for (Parameter parameter : parameters) {
            if (parameter.annotation() != null) {
                interpreter.annotations.check(parameter.annotation(), scope);
            }
        }
        if (definition.returns() != null) {
            interpreter.annotations.check(definition.returns(), scope);
        }
        String qualifiedName = scope.isModule() ? definition.name()
                : scope.qualifiedName() + ".<locals>." + definition.name();
        scope.set(definition.name(), new UserFunction(definition, qualifiedName, defaults, scope,
                interpreter.localsOf(definition)));
        return Completion.NORMAL;
    }
}
