package dev.codelive.codelive.evaluator;

import dev.codelive.codelive.runtime.PyIterator;
import dev.codelive.codelive.runtime.PyList;
import dev.codelive.codelive.runtime.PyObject;
import dev.codelive.codelive.runtime.PythonError;
import dev.codelive.codelive.runtime.Sequences;
import dev.codelive.codelive.syntax.Comprehension;
import dev.codelive.codelive.syntax.Expr;
import dev.codelive.codelive.syntax.Span;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * List comprehensions and generator expressions, each with its own scope as in Python 3 (its variables do not leak):
 * the first iterable is evaluated in the enclosing scope when the comprehension starts, everything else inside. A
 * list comprehension runs to the end at once; a generator expression is lazy, computing each element when asked.
 * Like CPython 3.11, both count as a frame towards the recursion limit while they run.
 */
final class Comprehensions {
    private final Interpreter interpreter;
    private final Map<List<Comprehension>, Set<String>> locals = new IdentityHashMap<>();

    Comprehensions(Interpreter interpreter) {
        this.interpreter = interpreter;
    }

    PyList list(Expr.ListComp comprehension, Scope scope) {
        Clauses run = start(comprehension.element(), comprehension.clauses(), comprehension.span(), scope, false);
        PyList result = new PyList();
        interpreter.enterFrame(comprehension.span());
        try {
            while (run.hasNext()) {
                result.append(run.next());
            }
        } finally {
            interpreter.leaveFrame();
        }
        return result;
    }

    PyIterator generator(Expr.GeneratorExp generator, Scope scope) {
        return new PyIterator("generator", start(generator.element(), generator.clauses(), generator.span(), scope,
                true));
    }

    private Clauses start(Expr element, List<Comprehension> clauses, Span span, Scope scope, boolean lazy) {
        Expr firstIterable = clauses.getFirst().iterable();
        Iterator<PyObject> first = iterate(interpreter.expressions.data(firstIterable, scope), firstIterable);
        Set<String> names = locals.computeIfAbsent(clauses, LocalNames::ofComprehension);
        return new Clauses(element, clauses, span, Scope.nested(names, scope, null), first, lazy);
    }

    private static Iterator<PyObject> iterate(PyObject iterable, Expr expression) {
        try {
            return Sequences.iterate(iterable);
        } catch (PythonError error) {
            throw PythonException.at(error, expression.span());
        }
    }

    /** The nested loops of the clauses as an iterator of elements, resumable between elements. */
    private final class Clauses implements Iterator<PyObject> {
        private final Expr element;
        private final List<Comprehension> clauses;
        private final Span span;
        private final Scope scope;
        private final Iterator<PyObject>[] loops;
        private final boolean lazy;
        private int level;
        private PyObject pending;
        private boolean finished;
        private boolean running;

        @SuppressWarnings("unchecked")
        Clauses(Expr element, List<Comprehension> clauses, Span span, Scope scope, Iterator<PyObject> first,
                boolean lazy) {
            this.element = element;
            this.clauses = clauses;
            this.span = span;
            this.scope = scope;
            this.lazy = lazy;
            this.loops = new Iterator[clauses.size()];
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
            Expressions expressions = interpreter.expressions;
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
                Comprehension clause = clauses.get(level);
                PyObject item = loop.next();
                try {
                    interpreter.targets.assign(clause.target(), item, scope);
                } catch (PythonError error) {
                    throw PythonException.at(error, clause.target().span());
                }
                if (!conditionsHold(clause)) {
                    continue;
                }
                if (level == clauses.size() - 1) {
                    return expressions.data(element, scope);
                }
                level++;
                Expr iterable = clauses.get(level).iterable();
                loops[level] = iterate(expressions.data(iterable, scope), iterable);
            }
        }

        private boolean conditionsHold(Comprehension clause) {
            for (Expr condition : clause.conditions()) {
                if (!interpreter.expressions.truthy(condition, scope)) {
                    return false;
                }
            }
            return true;
        }
    }
}
