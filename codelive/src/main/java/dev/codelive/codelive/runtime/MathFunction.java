package dev.codelive.codelive.runtime;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The functions and constants of Python's {@code math} module in the subset, callable by name. */
public enum MathFunction {
    CEIL("ceil", args -> PyMath.ceil(args.single("math.ceil"))),
    COMB("comb", args -> {
        args.noKeywords("math.comb").positionalCount("comb", 2, 2);
        return PyMath.comb(args.get(0), args.get(1));
    }),
    COS("cos", args -> PyMath.cos(args.single("math.cos"))),
    EXP("exp", args -> PyMath.exp(args.single("math.exp"))),
    FABS("fabs", args -> PyMath.fabs(args.single("math.fabs"))),
    FACTORIAL("factorial", args -> PyMath.factorial(args.single("math.factorial"))),
    FLOOR("floor", args -> PyMath.floor(args.single("math.floor"))),
    FSUM("fsum", args -> PyMath.fsum(args.single("math.fsum"))),
    GCD("gcd", args -> PyMath.gcd(args.noKeywords("math.gcd").positional())),
    HYPOT("hypot", args -> PyMath.hypot(args.noKeywords("math.hypot").positional())),
    ISCLOSE("isclose", MathFunction::isclose),
    ISQRT("isqrt", args -> PyMath.isqrt(args.single("math.isqrt"))),
    LCM("lcm", args -> PyMath.lcm(args.noKeywords("math.lcm").positional())),
    LOG("log", args -> {
        args.noKeywords("log");
        if (args.size() < 1 || args.size() > 2) {
            throw PythonError.typeError("math.log requires 1 to 2 arguments");
        }
        return args.size() == 1 ? PyMath.log(args.get(0)) : PyMath.log(args.get(0), args.get(1));
    }),
    LOG10("log10", args -> PyMath.log10(args.single("math.log10"))),
    LOG2("log2", args -> PyMath.log2(args.single("math.log2"))),
    PERM("perm", args -> {
        args.noKeywords("math.perm").positionalCount("perm", 1, 2);
        return PyMath.perm(args.get(0), args.get(1, PyNone.NONE));
    }),
    SIN("sin", args -> PyMath.sin(args.single("math.sin"))),
    SQRT("sqrt", args -> PyMath.sqrt(args.single("math.sqrt"))),
    TAN("tan", args -> PyMath.tan(args.single("math.tan"))),
    TRUNC("trunc", args -> PyMath.trunc(args.single("math.trunc")));

    private static final Map<String, MathFunction> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(MathFunction::pythonName, Function.identity()));
    private static final Map<String, PyFloat> CONSTANTS = Map.of("pi", PyMath.PI, "e", PyMath.E, "tau", PyMath.TAU,
            "inf", PyMath.INF, "nan", PyMath.NAN);
    private static final PyFloat DEFAULT_REL_TOL = PyFloat.of(1e-09);

    private final String pythonName;
    private final Function<Arguments, PyObject> implementation;

    MathFunction(String pythonName, Function<Arguments, PyObject> implementation) {
        this.pythonName = pythonName;
        this.implementation = implementation;
    }

    /** The function {@code math.<name>}. */
    public static Optional<MathFunction> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** The constant {@code math.<name>}: pi, e, tau, inf or nan. */
    public static Optional<PyFloat> constant(String name) {
        return Optional.ofNullable(CONSTANTS.get(name));
    }

    public String pythonName() {
        return pythonName;
    }

    public PyObject call(Arguments args) {
        return implementation.apply(args);
    }

    private static PyObject isclose(Arguments args) {
        args.onlyKeywords("isclose", Set.of("a", "b", "rel_tol", "abs_tol"));
        if (args.size() > 2) {
            throw PythonError.typeError("isclose() takes exactly 2 positional arguments (" + args.size() + " given)");
        }
        List<String> names = List.of("a", "b");
        PyObject[] ab = new PyObject[2];
        for (int i = 0; i < 2; i++) {
            ab[i] = args.get(i, args.keyword(names.get(i), null));
            if (ab[i] == null) {
                throw PythonError.typeError("isclose() missing required argument '" + names.get(i) + "' (pos "
                        + (i + 1) + ")");
            }
        }
        return PyMath.isclose(ab[0], ab[1], args.keyword("rel_tol", DEFAULT_REL_TOL),
                args.keyword("abs_tol", PyFloat.ZERO));
    }
}
