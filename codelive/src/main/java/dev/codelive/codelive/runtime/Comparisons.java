package dev.codelive.codelive.runtime;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Python's comparisons: {@code ==} across int, float and bool, exact int-to-float ordering (CPython compares
 * {@code 2**53 + 1 > float(2**53)} exactly), lexicographic strings, lists and tuples, membership and identity.
 */
public final class Comparisons {
    private Comparisons() {}

    /** {@code left <op> right}. */
    public static boolean compare(CompareOp op, PyObject left, PyObject right) {
        return switch (op) {
            case EQ -> eq(left, right);
            case NE -> !eq(left, right);
            case LT, LE, GT, GE -> order(op, left, right, 0);
            case IN -> Sequences.contains(right, left);
            case NOT_IN -> !Sequences.contains(right, left);
            case IS -> identical(left, right);
            case IS_NOT -> !identical(left, right);
        };
    }

    /**
     * A comparison chain {@code a < b <= c}: operands are evaluated lazily ({@code operand.apply(i)} gives operand
     * {@code i + 1}) and evaluation stops at the first false comparison, as in Python.
     */
    public static boolean chain(PyObject first, List<CompareOp> ops, IntFunction<PyObject> operand) {
        PyObject left = first;
        for (int i = 0; i < ops.size(); i++) {
            PyObject right = operand.apply(i);
            if (!compare(ops.get(i), left, right)) {
                return false;
            }
            left = right;
        }
        return true;
    }

    /** Python's {@code ==}. */
    public static boolean eq(PyObject left, PyObject right) {
        return eq(left, right, 0);
    }

    /** Python's {@code <}, the one comparison sorting uses. */
    public static boolean lt(PyObject left, PyObject right) {
        return order(CompareOp.LT, left, right, 0);
    }

    private static boolean eq(PyObject left, PyObject right, int depth) {
        Integer numeric = compareNumbers(left, right);
        if (numeric != null) {
            return numeric == 0;
        }
        if (isNumber(left) && isNumber(right)) {
            return false; // a NaN is involved
        }
        return switch (left) {
            case PyStr s -> right instanceof PyStr t && s.equals(t);
            case PyList l -> right instanceof PyList m
                    && (l == m || sequencesMatch(CompareOp.EQ, l.items(), m.items(), depth));
            case PyTuple t -> right instanceof PyTuple u
                    && (t == u || sequencesMatch(CompareOp.EQ, t.items(), u.items(), depth));
            case PyRange r -> right instanceof PyRange q && r.sameSequence(q);
            default -> left == right;
        };
    }

    private static boolean order(CompareOp op, PyObject left, PyObject right, int depth) {
        if (isNumber(left) && isNumber(right)) {
            Integer sign = compareNumbers(left, right);
            return sign != null && op.holds(sign);
        }
        if (left instanceof PyStr s && right instanceof PyStr t) {
            return op.holds(s.compareTo(t));
        }
        if (left instanceof PyList l && right instanceof PyList m) {
            return sequencesMatch(op, l.items(), m.items(), depth);
        }
        if (left instanceof PyTuple t && right instanceof PyTuple u) {
            return sequencesMatch(op, t.items(), u.items(), depth);
        }
        throw PythonError.typeError("'" + op.symbol() + "' not supported between instances of '" + left.typeName()
                + "' and '" + right.typeName() + "'");
    }

    /** CPython's list and tuple comparison: the first differing items decide, else the lengths do. */
    private static boolean sequencesMatch(CompareOp op, List<PyObject> a, List<PyObject> b, int depth) {
        if (depth >= RuntimeLimits.MAX_NESTING) {
            throw new PythonError("RecursionError", "maximum recursion depth exceeded in comparison");
        }
        if ((op == CompareOp.EQ || op == CompareOp.NE) && a.size() != b.size()) {
            return op == CompareOp.NE;
        }
        int n = Math.min(a.size(), b.size());
        int i = 0;
        while (i < n && (a.get(i) == b.get(i) || eq(a.get(i), b.get(i), depth + 1))) {
            // Lists sharing big rows can make one comparison cost billions of item comparisons.
            RuntimeLimits.checkInterrupted();
            i++;
        }
        if (i == n) {
            return op.holds(Integer.compare(a.size(), b.size()));
        }
        if (op == CompareOp.EQ || op == CompareOp.NE) {
            return op == CompareOp.NE;
        }
        return order(op, a.get(i), b.get(i), depth + 1);
    }

    private static boolean isNumber(PyObject value) {
        return value instanceof PyInt || value instanceof PyBool || value instanceof PyFloat;
    }

    /** The sign of {@code left - right} for two numbers; null when they are not both numbers or a NaN is involved. */
    private static Integer compareNumbers(PyObject left, PyObject right) {
        PyInt a = Operators.intLike(left);
        PyInt b = Operators.intLike(right);
        if (a != null && b != null) {
            return a.compareTo(b);
        }
        if (left instanceof PyFloat x) {
            if (right instanceof PyFloat y) {
                return compareDoubles(x.value(), y.value());
            }
            if (b != null) {
                Integer sign = compareIntToDouble(b, x.value());
                return sign == null ? null : -sign;
            }
            return null;
        }
        if (a != null && right instanceof PyFloat y) {
            return compareIntToDouble(a, y.value());
        }
        return null;
    }

    private static Integer compareDoubles(double x, double y) {
        if (x < y) {
            return -1;
        }
        if (x > y) {
            return 1;
        }
        return x == y ? 0 : null;
    }

    /** Compares an int with a double exactly, never rounding the int; null for NaN. */
    static Integer compareIntToDouble(PyInt i, double d) {
        if (Double.isNaN(d)) {
            return null;
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? -1 : 1;
        }
        if (i.fitsLong() && Math.abs(i.longValue()) <= 1L << 53) {
            return compareDoubles(i.longValue(), d);
        }
        return new BigDecimal(i.bigValue()).compareTo(new BigDecimal(d));
    }

    /**
     * {@code is}: well defined for None, bools, lists and iterators, whose identity Python code can rely on. For
     * immutable values identity is a CPython implementation detail (small-int caching, interning), so it is refused.
     */
    private static boolean identical(PyObject left, PyObject right) {
        if (hasIdentity(left) || hasIdentity(right)) {
            return left == right;
        }
        throw new NotSupportedException("'is' between " + left.typeName() + " and " + right.typeName()
                + " values (their identity is a CPython implementation detail)");
    }

    private static boolean hasIdentity(PyObject value) {
        return value instanceof PyNone || value instanceof PyBool || value instanceof PyList
                || value instanceof PyIterator;
    }
}
