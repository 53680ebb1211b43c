package dev.codelive.codelive.backend.julia;

import java.util.Set;

/**
 * Julia identifiers for the snippet's names. A name that is a Julia keyword, or a Base function the rendered code
 * calls (a local {@code length} would hide {@code Base.length}), or a helper's, gets a trailing underscore; a
 * snippet in which two names end up the same is refused by the program writer.
 */
final class JuliaNames {
    private static final Set<String> RESERVED = Set.of(
            // keywords and literals
            "baremodule", "begin", "break", "catch", "const", "continue", "do", "else", "elseif", "end", "export", "false",
            "finally", "for", "function", "global", "if", "import", "let", "local", "macro", "module", "quote", "return",
            "struct", "true", "try", "using", "while", "abstract", "mutable", "primitive", "type", "where", "in", "isa",
            "outer", "nothing", "missing", "Inf", "NaN", "pi", "main",
            // Base functions and types the generated code calls
            "length", "string", "print", "println", "join", "split", "strip", "lstrip", "rstrip", "replace", "occursin",
            "startswith", "endswith", "uppercase", "lowercase", "uppercasefirst", "titlecase", "isdigit", "isletter",
            "isspace", "isnumeric", "isuppercase", "islowercase", "parse", "trunc", "floor", "ceil", "round", "abs", "min",
            "max", "minimum", "maximum", "sum", "foldl", "any", "all", "sort", "reverse", "collect", "zip", "enumerate",
            "Iterators", "fld", "mod", "rem", "div", "divrem", "fldmod", "sqrt", "exp", "log", "log2", "log10", "sin",
            "cos", "tan", "asin", "acos", "atan", "hypot", "copysign", "gcd", "lcm", "isqrt", "factorial", "binomial",
            "isnan", "isinf", "isfinite", "count", "findfirst", "first", "last", "repeat", "vcat", "copy", "isempty",
            "empty", "map", "filter", "big", "Int", "Int64", "Int128", "BigInt", "Float64", "Bool", "String", "Char",
            "Vector", "Tuple", "Nothing", "ndigits", "ldexp", "signbit", "nextind", "prevind", "Printf", "Rational",
            "numerator", "deg2rad", "rad2deg", "clamp", "sign", "exponent", "float", "Base", "Main", "Core", "error",
            "deleteat", "insert", "push", "pop", "popat", "append", "ans", "eval", "include", "im",
            // the helpers
            "pyfloat", "pystr", "pyrepr", "pyindex", "pychar", "pychars", "pyslice", "pyslice_positions", "pytruediv",
            "pyfloordiv", "pyfloatmod", "pyround", "pyformat_float", "pyformat_int", "pygroup", "pylayout", "pyinsert",
            "pyfind", "pyisupper", "pyislower", "pytitle", "pychunk", "pyparallel", "pyextreme",
            // the parallel code's
            "Threads", "view", "zeros");

    private JuliaNames() {}

    /**
     * A snippet variable's or function's name in Julia. A name of underscores only becomes {@code _v} and the like:
     * Julia lets such names be assigned but never read.
     */
    static String of(String name) {
        if (name.chars().allMatch(c -> c == '_')) {
            return name + "v";
        }
        return RESERVED.contains(name) ? name + "_" : name;
    }
}
