package dev.codelive.codelive.evaluator;

import dev.codelive.codelive.runtime.PyNone;
import dev.codelive.codelive.runtime.PyObject;
import dev.codelive.codelive.runtime.PythonError;
import dev.codelive.codelive.runtime.Repr;
import dev.codelive.codelive.runtime.Sequences;
import dev.codelive.codelive.syntax.Alias;
import dev.codelive.codelive.syntax.Stmt;
import java.util.Iterator;
import java.util.List;

/** The compiled forms of statements (augmented assignment is with the other targets, in {@link Targets}). */
final class Statements {
    private Statements() {}

    /** An expression evaluated for its effect. */
    static final class Expression extends Step {
        private final Node expression;

        Expression(Stmt.ExprStmt statement, Node expression, Interpreter interpreter) {
            super(statement, interpreter);
            this.expression = expression;
        }

        @Override
        Completion run(Scope scope) {
            expression.eval(scope);
            return Completion.NORMAL;
        }
    }

    /** {@code a = b = value}: the value, then each target from left to right. */
    static final class Assign extends Step {
        private final Targets.Target[] targets;
        private final Node value;

        Assign(Stmt.Assign statement, Targets.Target[] targets, Node value, Interpreter interpreter) {
            super(statement, interpreter);
            this.targets = targets;
            this.value = value;
        }

        @Override
        Completion run(Scope scope) {
            Object result = value.eval(scope);
            for (Targets.Target target : targets) {
                target.assign(result, scope);
            }
            return Completion.NORMAL;
        }
    }

    /**
     * {@code target: annotation = value}. As CPython compiles it: the value is assigned first; a complex target without
     * a value still evaluates its container (and index); the annotation itself is evaluated only at module level.
     */
    static final class AnnotatedAssign extends Step {
        private final Targets.Target target;
        private final Node value;
        /** Without a value: what of the target is evaluated anyway, each null when there is nothing. */
        private final Node container;
        private final Node index;
        private final Expressions.SliceBounds slice;
        /** Null inside a function. */
        private final Annotations.Check annotation;

        AnnotatedAssign(Stmt.AnnAssign statement, Targets.Target target, Node value, Node container, Node index,
                Expressions.SliceBounds slice, Annotations.Check annotation, Interpreter interpreter) {
            super(statement, interpreter);
            this.target = target;
            this.value = value;
            this.container = container;
            this.index = index;
            this.slice = slice;
            this.annotation = annotation;
        }

        @Override
        Completion run(Scope scope) {
            if (value != null) {
                target.assign(value.eval(scope), scope);
            } else if (container != null) {
                container.eval(scope);
                if (slice != null) {
                    slice.evaluate(scope);
                } else if (index != null) {
                    index.eval(scope);
                }
            }
            if (annotation != null) {
                annotation.check(scope);
            }
            return Completion.NORMAL;
        }
    }

    /** {@code def}: defaults, then annotations, are evaluated now, in the defining scope, as in CPython. */
    static final class Define extends Step {
        private final Compiler.FunctionCode code;
        private final int slot;
        /** One per parameter, null where it has no default. */
        private final Node[] defaults;
        /** The parameters' annotations in order, then the return annotation. */
        private final List<Annotations.Check> annotations;

        Define(Stmt.FunctionDef statement, Compiler.FunctionCode code, int slot, Node[] defaults,
                List<Annotations.Check> annotations, Interpreter interpreter) {
            super(statement, interpreter);
            this.code = code;
            this.slot = slot;
            this.defaults = defaults;
            this.annotations = List.copyOf(annotations);
        }

        @Override
        Completion run(Scope scope) {
            Stmt.FunctionDef definition = (Stmt.FunctionDef) statement;
            Object[] values = new Object[defaults.length];
            for (int i = 0; i < defaults.length; i++) {
                if (defaults[i] != null) {
                    values[i] = defaults[i].eval(scope);
                }
            }
            for (Annotations.Check annotation : annotations) {
                annotation.check(scope);
            }
            String qualifiedName = scope.isModule() ? definition.name()
                    : scope.qualifiedName() + ".<locals>." + definition.name();
            scope.set(slot, new UserFunction(definition, code, qualifiedName, values, scope));
            return Completion.NORMAL;
        }
    }

    /** {@code return value}. */
    static final class Return extends Step {
        /** Null for a bare {@code return}. */
        private final Node value;

        Return(Stmt.Return statement, Node value, Interpreter interpreter) {
            super(statement, interpreter);
            this.value = value;
        }

        @Override
        Completion run(Scope scope) {
            scope.setReturned(value == null ? PyNone.NONE : value.eval(scope));
            return Completion.RETURN;
        }
    }

    /** {@code if}/{@code elif}/{@code else}: the first branch whose condition holds, else the else block. */
    static final class If extends Step {
        private final Node[] conditions;
        private final Step[][] bodies;
        private final Step[] orElse;

        If(Stmt.If statement, Node[] conditions, Step[][] bodies, Step[] orElse, Interpreter interpreter) {
            super(statement, interpreter);
            this.conditions = conditions;
            this.bodies = bodies;
            this.orElse = orElse;
        }

        @Override
        Completion run(Scope scope) {
            for (int i = 0; i < conditions.length; i++) {
                if (conditions[i].truthy(scope)) {
                    return Step.block(bodies[i], scope);
                }
            }
            return Step.block(orElse, scope);
        }
    }

    /** {@code while condition: body else: orElse}. */
    static final class While extends Step {
        private final Node condition;
        private final Step[] body;
        private final Step[] orElse;

        While(Stmt.While statement, Node condition, Step[] body, Step[] orElse, Interpreter interpreter) {
            super(statement, interpreter);
            this.condition = condition;
            this.body = body;
            this.orElse = orElse;
        }

        @Override
        Completion run(Scope scope) {
            while (condition.truthy(scope)) {
                Completion completion = Step.block(body, scope);
                if (completion == Completion.BREAK) {
                    return Completion.NORMAL;
                }
                if (completion == Completion.RETURN) {
                    return completion;
                }
            }
            return Step.block(orElse, scope);
        }
    }

    /** {@code for target in iterable: body else: orElse}. */
    static final class For extends Step {
        private final Targets.Target target;
        private final Node iterable;
        private final Step[] body;
        private final Step[] orElse;

        For(Stmt.For statement, Targets.Target target, Node iterable, Step[] body, Step[] orElse,
                Interpreter interpreter) {
            super(statement, interpreter);
            this.target = target;
            this.iterable = iterable;
            this.body = body;
            this.orElse = orElse;
        }

        @Override
        Completion run(Scope scope) {
            Stmt.For loop = (Stmt.For) statement;
            PyObject values = iterable.data(scope);
            Iterator<PyObject> items;
            try {
                items = Sequences.iterate(values);
            } catch (PythonError error) {
                throw PythonException.at(error, loop.iterable().span());
            }
            while (items.hasNext()) {
                PyObject item = items.next();
                try {
                    target.assign(item, scope);
                } catch (PythonError error) {
                    throw PythonException.at(error, loop.target().span());
                }
                Completion completion = Step.block(body, scope);
                if (completion == Completion.BREAK) {
                    return Completion.NORMAL;
                }
                if (completion == Completion.RETURN) {
                    return completion;
                }
            }
            return Step.block(orElse, scope);
        }
    }

    /** {@code break}, {@code continue} or {@code pass}: how the statement ends is all it does. */
    static final class Jump extends Step {
        private final Completion completion;

        Jump(Stmt statement, Completion completion, Interpreter interpreter) {
            super(statement, interpreter);
            this.completion = completion;
        }

        @Override
        Completion run(Scope scope) {
            return completion;
        }
    }

    /** {@code assert condition, message}. */
    static final class Assert extends Step {
        private final Node condition;
        /** Null without a message. */
        private final Node message;

        Assert(Stmt.Assert statement, Node condition, Node message, Interpreter interpreter) {
            super(statement, interpreter);
            this.condition = condition;
            this.message = message;
        }

        @Override
        Completion run(Scope scope) {
            if (!condition.truthy(scope)) {
                String text = message == null ? "" : Repr.str(message.data(scope));
                throw new PythonException("AssertionError", text, statement.span());
            }
            return Completion.NORMAL;
        }
    }

    /** {@code import math, typing as t}: each module bound in turn. */
    static final class Import extends Step {
        private final int[] slots;

        Import(Stmt.Import statement, int[] slots, Interpreter interpreter) {
            super(statement, interpreter);
            this.slots = slots;
        }

        @Override
        Completion run(Scope scope) {
            List<Alias> names = ((Stmt.Import) statement).names();
            for (int i = 0; i < slots.length; i++) {
                scope.set(slots[i], Imports.module(names.get(i).name()));
            }
            return Completion.NORMAL;
        }
    }

    /** {@code from math import sqrt, pi as p}: the module, then each member bound in turn. */
    static final class ImportFrom extends Step {
        private final int[] slots;

        ImportFrom(Stmt.ImportFrom statement, int[] slots, Interpreter interpreter) {
            super(statement, interpreter);
            this.slots = slots;
        }

        @Override
        Completion run(Scope scope) {
            Stmt.ImportFrom importing = (Stmt.ImportFrom) statement;
            Opaque.Module module = Imports.module(importing.module());
            for (int i = 0; i < slots.length; i++) {
                Alias alias = importing.names().get(i);
                scope.set(slots[i], interpreter.imports.member(module, alias.name(), alias.span(), true));
            }
            return Completion.NORMAL;
        }
    }
}
