package dev.codelive.codelive.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The functions conformance cases may call, by the name CPython knows them: the builtins, {@code math.*},
 * {@code operator.*} for the operators, and the oracle's helpers for statements ({@code setitem}, {@code unpack},
 * {@code method}, {@code print_}, {@code chain}, {@code getslice}).
 */
final class RuntimeFunctions {
    private static final Map<String, Function<Arguments, PyObject>> FUNCTIONS = new TreeMap<>();

    static {
        for (BuiltinFunction builtin : BuiltinFunction.values()) {
            FUNCTIONS.put(builtin.pythonName(), builtin::call);
        }
        for (MathFunction function : MathFunction.values()) {
            FUNCTIONS.put("math." + function.pythonName(), function::call);
        }
        binary("add", BinaryOp.ADD);
        binary("sub", BinaryOp.SUB);
        binary("mul", BinaryOp.MUL);
        binary("truediv", BinaryOp.TRUEDIV);
        binary("floordiv", BinaryOp.FLOORDIV);
        binary("mod", BinaryOp.MOD);
        binary("pow", BinaryOp.POW);
        binary("lshift", BinaryOp.LSHIFT);
        binary("rshift", BinaryOp.RSHIFT);
        binary("and_", BinaryOp.AND);
        binary("or_", BinaryOp.OR);
        binary("xor", BinaryOp.XOR);
        inPlace("iadd", BinaryOp.ADD);
        inPlace("imul", BinaryOp.MUL);
        inPlace("isub", BinaryOp.SUB);
        unary("neg", UnaryOp.NEG);
        unary("pos", UnaryOp.POS);
        unary("invert", UnaryOp.INVERT);
        unary("not_", UnaryOp.NOT);
        compare("lt", CompareOp.LT);
        compare("le", CompareOp.LE);
        compare("eq", CompareOp.EQ);
        compare("ne", CompareOp.NE);
        compare("gt", CompareOp.GT);
        compare("ge", CompareOp.GE);
        compare("is_", CompareOp.IS);
        compare("is_not", CompareOp.IS_NOT);
        FUNCTIONS.put("operator.contains", a -> PyBool.of(CompareOp.IN.test(a.get(1), a.get(0))));
        FUNCTIONS.put("operator.truth", a -> PyBool.of(Operators.truthy(a.get(0))));
        FUNCTIONS.put("operator.getitem", a -> Sequences.getItem(a.get(0), a.get(1)));
        FUNCTIONS.put("getslice", a -> Sequences.getSlice(a.get(0), a.get(1), a.get(2), a.get(3)));
        FUNCTIONS.put("setitem", a -> {
            Sequences.setItem(a.get(0), a.get(1), a.get(2));
            return a.get(0);
        });
        FUNCTIONS.put("setslice", a -> {
            Sequences.setSlice(a.get(0), a.get(1), a.get(2), a.get(3), a.get(4));
            return a.get(0);
        });
        FUNCTIONS.put("print_", a -> {
            StringBuilder out = new StringBuilder();
            BuiltinFunction.print(a, out);
            return PyStr.of(out.toString());
        });
        FUNCTIONS.put("chain", RuntimeFunctions::chain);
        FUNCTIONS.put("method", a -> {
            List<PyObject> rest = a.positional().subList(2, a.size());
            PyObject result = Methods.call(a.get(0), ((PyStr) a.get(1)).value(), new Arguments(rest, a.keywords()));
            return PyTuple.of(result, a.get(0));
        });
        FUNCTIONS.put("unpack", a -> PyTuple.copyOf(Sequences.unpack(a.get(0),
                (int) ((PyInt) a.get(1)).longValue())));
    }

    private RuntimeFunctions() {}

    static Set<String> names() {
        return new TreeSet<>(FUNCTIONS.keySet());
    }

    static PyObject call(String name, Arguments args) {
        Function<Arguments, PyObject> function = FUNCTIONS.get(name);
        if (function == null) {
            throw new IllegalArgumentException("no runtime function " + name);
        }
        return function.apply(args);
    }

    private static void binary(String name, BinaryOp op) {
        FUNCTIONS.put("operator." + name, a -> op.apply(a.get(0), a.get(1)));
    }

    private static void inPlace(String name, BinaryOp op) {
        FUNCTIONS.put("operator." + name, a -> Operators.inPlace(op, a.get(0), a.get(1)));
    }

    private static void unary(String name, UnaryOp op) {
        FUNCTIONS.put("operator." + name, a -> op.apply(a.get(0)));
    }

    private static void compare(String name, CompareOp op) {
        FUNCTIONS.put("operator." + name, a -> PyBool.of(op.test(a.get(0), a.get(1))));
    }

    /** {@code chain(a, "<", b, "<=", c)}: a comparison chain, operands taken lazily. */
    private static PyObject chain(Arguments a) {
        List<CompareOp> ops = new ArrayList<>();
        List<PyObject> operands = new ArrayList<>();
        for (int i = 1; i < a.size(); i += 2) {
            String symbol = ((PyStr) a.get(i)).value();
            ops.add(List.of(CompareOp.values()).stream().filter(op -> op.symbol().equals(symbol)).findFirst()
                    .orElseThrow());
            operands.add(a.get(i + 1));
        }
        return PyBool.of(Comparisons.chain(a.get(0), ops, operands::get));
    }
}
