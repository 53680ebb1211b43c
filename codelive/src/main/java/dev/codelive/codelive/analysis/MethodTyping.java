package dev.codelive.codelive.analysis;

import dev.codelive.codelive.analysis.Term.Kind;
import dev.codelive.codelive.syntax.Expr;
import dev.codelive.codelive.syntax.UnsupportedConstruct;
import java.util.List;

/** The result types of the list and str methods the backends render. */
final class MethodTyping {
    private MethodTyping() {}

    static Term list(Inference inference, Term list, String method, List<Term> arguments, Expr.Call call) {
        Term element = list.argument(0);
        return switch (method) {
            case "append" -> {
                arity(method, arguments, 1, 1, call);
                inference.unify(element, arguments.getFirst(), "the elements of this list", call);
                yield Term.of(Kind.NONE);
            }
            case "pop" -> {
                arity(method, arguments, 0, 1, call);
                yield element;
            }
            case "insert" -> {
                arity(method, arguments, 2, 2, call);
                inference.unify(element, arguments.get(1), "the elements of this list", call);
                yield Term.of(Kind.NONE);
            }
            case "extend" -> {
                arity(method, arguments, 1, 1, call);
                inference.unify(list, arguments.getFirst(), "the list extended and its extension", call);
                yield Term.of(Kind.NONE);
            }
            case "index", "count" -> {
                arity(method, arguments, 1, 1, call);
                inference.unify(element, arguments.getFirst(), "the value looked for", call);
                yield Term.of(Kind.INT);
            }
            case "remove" -> {
                arity(method, arguments, 1, 1, call);
                inference.unify(element, arguments.getFirst(), "the value removed", call);
                yield Term.of(Kind.NONE);
            }
            case "reverse", "sort", "clear" -> {
                arity(method, arguments, 0, 0, call);
                yield Term.of(Kind.NONE);
            }
            case "copy" -> {
                arity(method, arguments, 0, 0, call);
                yield list;
            }
            default -> throw new UnsupportedConstruct("the list method ." + method + "()", call.span().start());
        };
    }

    static Term str(Inference inference, String method, List<Term> arguments, Expr.Call call) {
        return switch (method) {
            case "upper", "lower", "title", "capitalize", "strip", "lstrip", "rstrip" -> {
                arity(method, arguments, 0, 0, call);
                yield Term.of(Kind.STR);
            }
            case "isdigit", "isalpha", "isalnum", "isspace", "isupper", "islower" -> {
                arity(method, arguments, 0, 0, call);
                yield Term.of(Kind.BOOL);
            }
            case "split" -> {
                arity(method, arguments, 0, 1, call);
                arguments.forEach(argument -> inference.unify(Term.of(Kind.STR), argument, "the separator", call));
                yield Term.of(Kind.LIST, Term.of(Kind.STR));
            }
            case "join" -> {
                arity(method, arguments, 1, 1, call);
                yield Term.of(Kind.STR);
            }
            case "replace" -> {
                arity(method, arguments, 2, 2, call);
                arguments.forEach(argument -> inference.unify(Term.of(Kind.STR), argument, "the arguments of replace", call));
                yield Term.of(Kind.STR);
            }
            case "startswith", "endswith" -> {
                arity(method, arguments, 1, 1, call);
                inference.unify(Term.of(Kind.STR), arguments.getFirst(), "the prefix", call);
                yield Term.of(Kind.BOOL);
            }
            case "find", "count", "index" -> {
                arity(method, arguments, 1, 1, call);
                inference.unify(Term.of(Kind.STR), arguments.getFirst(), "the substring", call);
                yield Term.of(Kind.INT);
            }
            default -> throw new UnsupportedConstruct("the str method ." + method + "()", call.span().start());
        };
    }

    private static void arity(String method, List<Term> arguments, int min, int max, Expr.Call call) {
        if (arguments.size() < min || arguments.size() > max) {
            throw new UnsupportedConstruct("." + method + "() with " + arguments.size() + " arguments", call.span().start());
        }
    }
}
