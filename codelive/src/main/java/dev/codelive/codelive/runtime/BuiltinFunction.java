package dev.codelive.codelive.runtime;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The builtin functions of the subset, callable by name with positional and keyword arguments, checking them the way
 * CPython does. {@code print} writes to the output it is given; the others return their value.
 */
public enum BuiltinFunction {
    ABS("abs", args -> Builtins.abs(args.single("abs"))),
    ALL("all", args -> Builtins.all(args.single("all"))),
    ANY("any", args -> Builtins.any(args.single("any"))),
    ASCII("ascii", args -> PyStr.of(Repr.ascii(args.single("ascii")))),
    BOOL("bool", args -> args.noKeywords("bool").positionalCount("bool", 0, 1).size() == 0 ? PyBool.FALSE
            : Builtins.bool(args.get(0))),
    CHR("chr", args -> Builtins.chr(args.single("chr"))),
    DIVMOD("divmod", args -> {
        args.noKeywords("divmod").positionalCount("divmod", 2, 2);
        return Builtins.divmod(args.get(0), args.get(1));
    }),
    ENUMERATE("enumerate", args -> {
        if (args.size() == 0 && !args.keywords().containsKey("iterable")) {
            throw PythonError.typeError("enumerate() missing required argument 'iterable'");
        }
        PyObject[] bound = args.bind("enumerate", List.of("iterable", "start"), 1);
        return Builtins.enumerate(bound[0], bound[1] == null ? PyInt.ZERO : bound[1]);
    }),
    FLOAT("float", args -> args.noKeywords("float").positionalCount("float", 0, 1).size() == 0 ? PyFloat.ZERO
            : Builtins.toFloat(args.get(0))),
    FORMAT("format", args -> {
        args.noKeywords("format").positionalCount("format", 1, 2);
        return Builtins.format(args.get(0), args.get(1, PyStr.EMPTY));
    }),
    HASH("hash", args -> Builtins.hash(args.single("hash"))),
    INT("int", BuiltinFunction::callInt),
    ITER("iter", args -> {
        args.noKeywords("iter").positionalCount("iter", 1, 2);
        if (args.size() == 2) {
            throw new NotSupportedException("iter(callable, sentinel)");
        }
        return Sequences.iter(args.get(0));
    }),
    LEN("len", args -> Builtins.len(args.single("len"))),
    LIST("list", args -> args.noKeywords("list").positionalCount("list", 0, 1).size() == 0 ? new PyList()
            : Builtins.list(args.get(0))),
    MAX("max", args -> extreme("max", args, null)),
    MIN("min", args -> extreme("min", args, null)),
    NEXT("next", args -> {
        args.noKeywords("next").positionalCount("next", 1, 2);
        return Builtins.next(args.get(0), args.get(1, null));
    }),
    ORD("ord", args -> Builtins.ord(args.single("ord"))),
    POW("pow", args -> {
        PyObject[] bound = args.bind("pow", List.of("base", "exp", "mod"), 2);
        return Builtins.pow(bound[0], bound[1], bound[2] == null ? PyNone.NONE : bound[2]);
    }),
    RANGE("range", args -> Builtins.range(args.noKeywords("range").positional())),
    REPR("repr", args -> Builtins.repr(args.single("repr"))),
    REVERSED("reversed", args -> Builtins.reversed(args.noKeywords("reversed").positionalCount("reversed", 1, 1)
            .get(0))),
    ROUND("round", args -> {
        PyObject[] bound = args.bind("round", List.of("number", "ndigits"), 1);
        return Builtins.round(bound[0], bound[1] == null ? PyNone.NONE : bound[1]);
    }),
    SORTED("sorted", args -> sorted(args, null)),
    STR("str", BuiltinFunction::callStr),
    SUM("sum", args -> {
        if (args.size() == 0) {
            throw PythonError.typeError("sum() takes at least 1 positional argument (0 given)");
        }
        if (args.size() + args.keywords().size() > 2) {
            throw PythonError.typeError("sum() takes at most 2 arguments (" + (args.size() + args.keywords().size())
                    + " given)");
        }
        args.onlyKeywords("sum", Set.of("start"));
        return Builtins.sum(args.get(0), args.get(1, args.keyword("start", PyInt.ZERO)));
    }),
    TUPLE("tuple", args -> args.noKeywords("tuple").positionalCount("tuple", 0, 1).size() == 0 ? PyTuple.EMPTY
            : Builtins.tuple(args.get(0))),
    ZIP("zip", args -> {
        args.onlyKeywords("zip", Set.of("strict"));
        if (Operators.truthy(args.keyword("strict", PyBool.FALSE))) {
            throw new NotSupportedException("zip(strict=True)");
        }
        return Builtins.zip(args.positional());
    });

    private static final Map<String, BuiltinFunction> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(BuiltinFunction::pythonName, Function.identity()));
    private static final Set<String> PRINT_KEYWORDS = Set.of("sep", "end", "file", "flush");

    private final String pythonName;
    private final Function<Arguments, PyObject> implementation;

    BuiltinFunction(String pythonName, Function<Arguments, PyObject> implementation) {
        this.pythonName = pythonName;
        this.implementation = implementation;
    }

    /** The builtin with this Python name; {@code print} is separate, see {@link #print}. */
    public static Optional<BuiltinFunction> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    public String pythonName() {
        return pythonName;
    }

    public PyObject call(Arguments args) {
        return implementation.apply(args);
    }

    /** Whether the builtin takes a {@code key} function: {@code sorted}, {@code min} and {@code max}. */
    public boolean takesKey() {
        return this == SORTED || this == MIN || this == MAX;
    }

    /**
     * Calls {@code sorted}, {@code min} or {@code max} with a key function, which the evaluator supplies (the runtime
     * cannot call Python functions itself); {@code args} must not hold a {@code key} keyword then.
     */
    public PyObject call(Arguments args, UnaryOperator<PyObject> key) {
        return switch (this) {
            case SORTED -> sorted(args, key);
            case MIN, MAX -> extreme(pythonName, args, key);
            default -> throw new IllegalArgumentException(pythonName + "() takes no key function");
        };
    }

    /** {@code print(*args, sep=..., end=..., file=None, flush=...)}: appends the text to out and returns None. */
    public static PyObject print(Arguments args, StringBuilder out) {
        args.onlyKeywords("print", PRINT_KEYWORDS);
        if (args.keyword("file", PyNone.NONE) != PyNone.NONE) {
            throw new NotSupportedException("print(file=...)");
        }
        out.append(Builtins.print(args.positional(), args.keyword("sep", PyNone.NONE),
                args.keyword("end", PyNone.NONE)));
        return PyNone.NONE;
    }

    private static PyObject callInt(Arguments args) {
        args.onlyKeywords("int", Set.of("base"));
        int total = args.size() + args.keywords().size();
        if (args.size() > 2 || total > 2) {
            throw PythonError.typeError("int() takes at most 2 arguments (" + total + " given)");
        }
        PyObject base = args.get(1, args.keyword("base", null));
        if (args.size() == 0) {
            if (base != null) {
                throw PythonError.typeError("int() missing string argument");
            }
            return PyInt.ZERO;
        }
        return base == null ? Builtins.toInt(args.get(0)) : Conversions.toInt(args.get(0), base);
    }

    private static PyObject callStr(Arguments args) {
        args.onlyKeywords("str", Set.of("object", "encoding", "errors"));
        int total = args.size() + args.keywords().size();
        if (total > 3) {
            throw PythonError.typeError("str() takes at most 3 arguments (" + total + " given)");
        }
        if (args.size() > 1 || args.keywords().containsKey("encoding") || args.keywords().containsKey("errors")) {
            throw new NotSupportedException("str() decoding bytes");
        }
        PyObject value = args.get(0, args.keyword("object", null));
        return value == null ? PyStr.EMPTY : Builtins.str(value);
    }

    private static PyObject sorted(Arguments args, UnaryOperator<PyObject> key) {
        args.positionalCount("sorted", 1, 1).onlyKeywords("sort", Set.of("key", "reverse"));
        return Builtins.sorted(args.get(0), reverseFlag(args), key == null ? keyArgument("sorted", args) : key);
    }

    private static PyObject extreme(String name, Arguments args, UnaryOperator<PyObject> key) {
        args.onlyKeywords(name, Set.of("default", "key"));
        UnaryOperator<PyObject> by = key == null ? keyArgument(name, args) : key;
        PyObject fallback = args.keyword("default", null);
        return name.equals("min") ? Builtins.min(args.positional(), fallback, by)
                : Builtins.max(args.positional(), fallback, by);
    }

    /** A {@code key} among the arguments: None means none; a function the runtime cannot call is refused. */
    private static UnaryOperator<PyObject> keyArgument(String name, Arguments args) {
        if (args.keyword("key", PyNone.NONE) != PyNone.NONE) {
            throw new NotSupportedException(name + "() with a key function");
        }
        return null;
    }

    private static boolean reverseFlag(Arguments args) {
        PyObject reverse = args.keyword("reverse", PyBool.FALSE);
        PyInt flag = Operators.intLike(reverse);
        if (flag == null) {
            throw PythonError.typeError("'" + reverse.typeName() + "' object cannot be interpreted as an integer");
        }
        return !flag.isZero();
    }
}
