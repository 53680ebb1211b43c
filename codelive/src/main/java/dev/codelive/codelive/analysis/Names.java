package dev.codelive.codelive.analysis;

import dev.codelive.codelive.analysis.Term.Kind;
import dev.codelive.codelive.syntax.Alias;
import dev.codelive.codelive.syntax.Expr;
import dev.codelive.codelive.syntax.Position;
import dev.codelive.codelive.syntax.UnsupportedConstruct;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What imports bind ({@code math}, its functions and constants; {@code typing} names) and what annotations mean. */
final class Names {
    /** The math functions the backends render, with the kind of their result. */
    static final Map<String, Kind> MATH_FUNCTIONS = Map.ofEntries(
            Map.entry("floor", Kind.INT), Map.entry("ceil", Kind.INT), Map.entry("trunc", Kind.INT),
            Map.entry("gcd", Kind.INT), Map.entry("lcm", Kind.INT), Map.entry("isqrt", Kind.INT),
            Map.entry("factorial", Kind.INT), Map.entry("comb", Kind.INT), Map.entry("perm", Kind.INT),
            Map.entry("sqrt", Kind.FLOAT), Map.entry("exp", Kind.FLOAT), Map.entry("log", Kind.FLOAT),
            Map.entry("log2", Kind.FLOAT), Map.entry("log10", Kind.FLOAT), Map.entry("sin", Kind.FLOAT),
            Map.entry("cos", Kind.FLOAT), Map.entry("tan", Kind.FLOAT), Map.entry("asin", Kind.FLOAT),
            Map.entry("acos", Kind.FLOAT), Map.entry("atan", Kind.FLOAT), Map.entry("atan2", Kind.FLOAT),
            Map.entry("hypot", Kind.FLOAT), Map.entry("fabs", Kind.FLOAT), Map.entry("pow", Kind.FLOAT),
            Map.entry("copysign", Kind.FLOAT), Map.entry("degrees", Kind.FLOAT), Map.entry("radians", Kind.FLOAT),
            Map.entry("isclose", Kind.BOOL), Map.entry("isfinite", Kind.BOOL), Map.entry("isinf", Kind.BOOL),
            Map.entry("isnan", Kind.BOOL));
    static final Map<String, Double> MATH_CONSTANTS = Map.of(
            "pi", Math.PI, "e", Math.E, "tau", 2 * Math.PI, "inf", Double.POSITIVE_INFINITY, "nan", Double.NaN);

    private final Set<String> mathModules = new HashSet<>();
    /** Bound name → math member, for {@code from math import sqrt as root}. */
    private final Map<String, String> mathMembers = new HashMap<>();

    void importModule(Alias alias) {
        switch (alias.name()) {
            case "math" -> mathModules.add(alias.boundName());
            case "typing" -> { }
            default -> throw new UnsupportedConstruct("imports of modules other than math and typing (" + alias.name() + ")",
                    alias.span().start());
        }
    }

    void importFrom(String module, Alias alias, Position position) {
        switch (module) {
            case "math" -> {
                if (!MATH_FUNCTIONS.containsKey(alias.name()) && !MATH_CONSTANTS.containsKey(alias.name())) {
                    throw new UnsupportedConstruct("math." + alias.name(), alias.span().start());
                }
                mathMembers.put(alias.boundName(), alias.name());
            }
            case "typing", "__future__" -> { }
            default -> throw new UnsupportedConstruct("imports of modules other than math and typing (" + module + ")", position);
        }
    }

    boolean isMathModule(String name) {
        return mathModules.contains(name);
    }

    /** The math member a bare name was imported as. */
    Optional<String> mathMember(String name) {
        return Optional.ofNullable(mathMembers.get(name));
    }

    /** What a type annotation says, when it says something the subset knows; other annotations are ignored hints. */
    Optional<Term> annotation(Expr annotation) {
        return switch (annotation) {
            case Expr.NoneLiteral ignored -> Optional.of(Term.of(Kind.NONE));
            case Expr.Name name -> switch (name.id()) {
                case "int" -> Optional.of(Term.of(Kind.INT));
                case "float" -> Optional.of(Term.of(Kind.FLOAT));
                case "bool" -> Optional.of(Term.of(Kind.BOOL));
                case "str" -> Optional.of(Term.of(Kind.STR));
                case "list", "List" -> Optional.of(Term.of(Kind.LIST, Term.unknown()));
                default -> Optional.empty();
            };
            case Expr.Subscript subscript when subscript.value() instanceof Expr.Name generic -> switch (generic.id()) {
                case "list", "List" -> annotation(subscript.index()).map(element -> Term.of(Kind.LIST, element));
                case "tuple", "Tuple" -> {
                    List<Expr> parts = subscript.index() instanceof Expr.TupleLiteral tuple ? tuple.elements() : List.of(subscript.index());
                    List<Optional<Term>> elements = parts.stream().map(this::annotation).toList();
                    yield elements.stream().allMatch(Optional::isPresent)
                            ? Optional.of(Term.tuple(elements.stream().map(Optional::orElseThrow).toList()))
                            : Optional.empty();
                }
                default -> Optional.empty();
            };
            default -> Optional.empty();
        };
    }
}
