package dev.codelive.codelive.evaluator;

import dev.codelive.codelive.runtime.PyIterator;
import dev.codelive.codelive.runtime.PyList;
import dev.codelive.codelive.runtime.PyObject;
import dev.codelive.codelive.runtime.PythonError;
import dev.codelive.codelive.runtime.Sequences;
import dev.codelive.codelive.syntax.Comprehension;
import dev.codelive.codelive.syntax.Expr;
import dev.codelive.codelive.syntax.Span;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * List comprehensions and generator expressions, each with its own scope as in Python 3 (its variables do not leak):
 * the first iterable is evaluated in the enclosing scope when the comprehension starts, everything else inside. A
 * list comprehension runs to the end at once; a generator expression is lazy, computing each element when asked.
 * Like CPython 3.11, both count as a frame towards the recursion limit while they run.
 */
final class Comprehensions {
    private Comprehensions() {}

    /** One {@code for target in iterable if condition...} clause, compiled in the comprehension's scope. */
    record Clause(Comprehension source, Targets.Target target, Node iterable, Node[] conditions) {}

    /** What both kinds share: the element, the clauses, and the layout of their scope. */
    record Code(Node element, Clause[] clauses, Layout layout) {}

    /** {@code [element for ...]}. */
    static final class ListComp extends Node {
        private final Code code;

        ListComp(Expr.ListComp expression, Code code, Interpreter interpreter) {
            super(expression, interpreter);
            this.code = code;
        }

        @Override
        Object compute(Scope scope) {
            Clauses run = start(code, expression.span(), scope, false, interpreter);
            PyList result = new PyList();
            interpreter.enterFrame(expression.span());
            try {
                while (run.hasNext()) {
                    result.append(run.next());
                }
            } finally {
                interpreter.leaveFrame();
            }
            return result;
        }
    }

    /** {@code (element for ...)}. */
    static final class GeneratorExp extends Node {
        private final Code code;

        GeneratorExp(Expr.GeneratorExp expression, Code code, Interpreter interpreter) {
            super(expression, interpreter);
            this.code = code;
        }

        @Override
        Object compute(Scope scope) {
            return new PyIterator("generator", start(code, expression.span(), scope, true, interpreter));
        }
    }

    private static Clauses start(Code code, Span span, Scope scope, boolean lazy, Interpreter interpreter) {
        Node firstIterable = code.clauses()[0].iterable();
        Iterator<PyObject> first = iterate(firstIterable.data(scope), firstIterable);
        return new Clauses(code, span, Scope.nested(code.layout(), scope, null), first, lazy, interpreter);
    }

    private static Iterator<PyObject> iterate(PyObject iterable, Node expression) {
        try {
            return Sequences.iterate(iterable);
        } catch (PythonError error) {
            throw PythonException.at(error, expression.expression.span());
        }
    }

    /** The nested loops of the clauses as an iterator of elements, resumable between elements. */
    private static final class Clauses implements Iterator<PyObject> {
        private final Code code;
        private final Span span;
        private final Scope scope;
        private final Iterator<PyObject>[] loops;
        private final boolean lazy;
        private final Interpreter interpreter;
        private int level;
        private PyObject pending;
        private boolean finished;
        private boolean running;

        @SuppressWarnings("unchecked")
        Clauses(Code code, Span span, Scope scope, Iterator<PyObject> first, boolean lazy, Interpreter interpreter) {
            this.code = code;
            this.span = span;
            this.scope = scope;
            this.lazy = lazy;
            this.interpreter = interpreter;
            this.loops = new Iterator[code.clauses().length];
            this.loops[0] = first;
        }

        @Override
        public boolean hasNext() {
            if (pending == null && !finished) {
                advance();
            }
            return pending != null;
        }

        @Override
        public PyObject next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            PyObject value = pending;
            pending = null;
            return value;
        }

        private void advance() {
            if (running) {
                throw new PythonException("ValueError", "generator already executing", span);
            }
            running = true;
            boolean entered = false;
            try {
                if (lazy) {
                    interpreter.enterFrame(span);
                    entered = true;
                }
                pending = produce();
            } catch (RuntimeException | Error e) {
                finished = true;
                throw e;
            } finally {
                running = false;
                if (entered) {
                    interpreter.leaveFrame();
                }
            }
            finished = pending == null;
        }

        /** Runs the loops on from where they stopped to the next element; null when they are exhausted. */
        private PyObject produce() {
            Clause[] clauses = code.clauses();
            while (true) {
                Iterator<PyObject> loop = loops[level];
                if (!loop.hasNext()) {
                    if (level == 0) {
                        return null;
                    }
                    level--;
                    continue;
                }
                interpreter.meter.step();
                Clause clause = clauses[level];
                PyObject item = loop.next();
                try {
                    clause.target().assign(item, scope);
                } catch (PythonError error) {
                    throw PythonException.at(error, clause.source().target().span());
                }
                if (!conditionsHold(clause)) {
                    continue;
                }
                if (level == clauses.length - 1) {
                    return code.element().data(scope);
                }
                level++;
                Node iterable = clauses[level].iterable();
                loops[level] = iterate(iterable.data(scope), iterable);
            }
        }

        private boolean conditionsHold(Clause clause) {
            for (Node condition : clause.conditions()) {
                if (!condition.truthy(scope)) {
                    return false;
                }
            }
            return true;
        }
    }
}
