package dev.codelive.codelive.runtime;

import java.util.List;

/**
 * Python's arithmetic, bitwise and unary operators over the subset's values, with CPython's coercions (bool is an int,
 * int meets float as float), results and exception messages.
 */
public final class Operators {
    private Operators() {}

    /** {@code left <op> right}. */
    public static PyObject binary(BinaryOp op, PyObject left, PyObject right) {
        PyInt a = intLike(left);
        PyInt b = intLike(right);
        if (a != null && b != null) {
            if (left instanceof PyBool x && right instanceof PyBool y) {
                switch (op) {
                    case AND -> { return PyBool.of(x.value() & y.value()); }
                    case OR -> { return PyBool.of(x.value() | y.value()); }
                    case XOR -> { return PyBool.of(x.value() ^ y.value()); }
                    default -> { }
                }
            }
            return integers(op, a, b);
        }
        boolean leftNumber = a != null || left instanceof PyFloat;
        boolean rightNumber = b != null || right instanceof PyFloat;
        if (leftNumber && rightNumber && !op.bitwise()) {
            return PyFloat.of(floats(op, toDouble(left), toDouble(right)));
        }
        return sequences(op, left, right);
    }

    /** {@code target <op>= value}: lists extend and repeat in place; everything else rebinds to the binary result. */
    public static PyObject inPlace(BinaryOp op, PyObject target, PyObject value) {
        if (target instanceof PyList list) {
            if (op == BinaryOp.ADD) {
                list.extend(value == list ? List.copyOf(list.items()).iterator() : Sequences.iterate(value));
                return list;
            }
            if (op == BinaryOp.MUL) {
                list.repeatInPlace(repeatCount(value));
                return list;
            }
        }
        return binary(op, target, value);
    }

    /** {@code <op> operand}. */
    public static PyObject unary(UnaryOp op, PyObject operand) {
        if (op == UnaryOp.NOT) {
            return PyBool.of(!truthy(operand));
        }
        PyInt i = intLike(operand);
        if (i != null) {
            return switch (op) {
                case NEG -> i.negate();
                case POS -> i;
                case INVERT -> i.invert();
                case NOT -> throw new IllegalStateException();
            };
        }
        if (operand instanceof PyFloat f && op != UnaryOp.INVERT) {
            return op == UnaryOp.NEG ? PyFloat.of(-f.value()) : f;
        }
        throw PythonError.typeError("bad operand type for unary " + op.symbol() + ": '" + operand.typeName() + "'");
    }

    /** Python truthiness: zero, empty and None are false. */
    public static boolean truthy(PyObject value) {
        return switch (value) {
            case PyBool b -> b.value();
            case PyInt i -> !i.isZero();
            case PyFloat f -> f.value() != 0.0;
            case PyStr s -> !s.isEmpty();
            case PyList l -> l.size() > 0;
            case PyTuple t -> t.size() > 0;
            case PyRange r -> r.length() > 0;
            case PyNone n -> false;
            case PyIterator it -> true;
        };
    }

    /** The value as an int when it is an int or a bool, else null. */
    public static PyInt intLike(PyObject value) {
        if (value instanceof PyInt i) {
            return i;
        }
        if (value instanceof PyBool b) {
            return b.asInt();
        }
        return null;
    }

    /** {@code float(value)} for an int, bool or float; OverflowError for an int beyond the float range. */
    static double toDouble(PyObject value) {
        if (value instanceof PyFloat f) {
            return f.value();
        }
        return intLike(value).toDouble();
    }

    private static PyObject integers(BinaryOp op, PyInt a, PyInt b) {
        return switch (op) {
            case ADD -> a.add(b);
            case SUB -> a.subtract(b);
            case MUL -> a.multiply(b);
            case TRUEDIV -> PyFloat.of(a.trueDivide(b));
            case FLOORDIV -> a.floorDivide(b);
            case MOD -> a.mod(b);
            case POW -> b.signum() >= 0 ? a.pow(b) : PyFloat.of(FloatArithmetic.pow(a.toDouble(), b.toDouble()));
            case LSHIFT -> a.shiftLeft(b);
            case RSHIFT -> a.shiftRight(b);
            case AND -> a.and(b);
            case OR -> a.or(b);
            case XOR -> a.xor(b);
        };
    }

    private static double floats(BinaryOp op, double a, double b) {
        return switch (op) {
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> a * b;
            case TRUEDIV -> FloatArithmetic.trueDivide(a, b);
            case FLOORDIV -> FloatArithmetic.floorDivide(a, b);
            case MOD -> FloatArithmetic.mod(a, b);
            case POW -> FloatArithmetic.pow(a, b);
            default -> throw new IllegalStateException(op + " is not a float operator");
        };
    }

    private static PyObject sequences(BinaryOp op, PyObject left, PyObject right) {
        if (op == BinaryOp.ADD) {
            switch (left) {
                case PyStr s when right instanceof PyStr t -> { return s.concat(t); }
                case PyList l when right instanceof PyList m -> { return l.concat(m); }
                case PyTuple t when right instanceof PyTuple u -> { return t.concat(u); }
                case PyStr s -> throw concatenation(left, right);
                case PyList l -> throw concatenation(left, right);
                case PyTuple t -> throw concatenation(left, right);
                default -> { }
            }
        }
        if (op == BinaryOp.MUL) {
            if (isRepeatable(left)) {
                return repeat(left, repeatCount(right));
            }
            if (isRepeatable(right)) {
                return repeat(right, repeatCount(left));
            }
        }
        if (op == BinaryOp.MOD && left instanceof PyStr) {
            throw new NotSupportedException("printf-style string formatting with %");
        }
        throw unsupported(op == BinaryOp.POW ? "** or pow()" : op.symbol(), left, right);
    }

    private static PythonError concatenation(PyObject left, PyObject right) {
        return PythonError.typeError("can only concatenate " + left.typeName() + " (not \"" + right.typeName()
                + "\") to " + left.typeName());
    }

    static PythonError unsupported(String symbol, PyObject left, PyObject right) {
        return PythonError.typeError("unsupported operand type(s) for " + symbol + ": '" + left.typeName()
                + "' and '" + right.typeName() + "'");
    }

    private static boolean isRepeatable(PyObject value) {
        return value instanceof PyStr || value instanceof PyList || value instanceof PyTuple;
    }

    private static PyObject repeat(PyObject sequence, long count) {
        return switch (sequence) {
            case PyStr s -> s.repeat(count);
            case PyList l -> l.repeat(count);
            case PyTuple t -> t.repeat(count);
            default -> throw new IllegalStateException(sequence.typeName() + " is not repeatable");
        };
    }

    /** The repeat count of {@code sequence * count}, as CPython's {@code PyNumber_AsSsize_t} converts it. */
    private static long repeatCount(PyObject count) {
        PyInt n = intLike(count);
        if (n == null) {
            throw PythonError.typeError("can't multiply sequence by non-int of type '" + count.typeName() + "'");
        }
        if (!n.fitsLong()) {
            throw PythonError.overflowError("cannot fit 'int' into an index-sized integer");
        }
        return n.longValue();
    }
}
