package dev.codelive.codelive.analysis;

import dev.codelive.codelive.analysis.Term.Kind;
import dev.codelive.codelive.syntax.Expr;
import dev.codelive.codelive.syntax.Keyword;
import dev.codelive.codelive.syntax.UnsupportedConstruct;
import java.util.ArrayList;
import java.util.List;

/** The result types of the builtin functions, by Python's rules, for the argument types the backends render. */
final class BuiltinTyping {
    private final Inference inference;
    private final ExpressionTyping expressions;
    private final Constraints constraints;

    BuiltinTyping(Inference inference, ExpressionTyping expressions, Constraints constraints) {
        this.inference = inference;
        this.expressions = expressions;
        this.constraints = constraints;
    }

    Term type(String name, Expr.Call call, Scope scope) {
        List<Term> arguments = new ArrayList<>();
        call.arguments().forEach(argument -> arguments.add(expressions.type(argument, scope)));
        for (Keyword keyword : call.keywords()) {
            arguments.add(expressions.type(keyword.value(), scope));
        }
        int positional = call.arguments().size();
        return switch (name) {
            case "len" -> {
                arity(name, positional, 1, 1, call);
                yield Term.of(Kind.INT);
            }
            case "str" -> {
                arity(name, positional, 0, 1, call);
                yield Term.of(Kind.STR);
            }
            case "int" -> {
                arity(name, positional, 0, 1, call);
                yield Term.of(Kind.INT);
            }
            case "float" -> {
                arity(name, positional, 0, 1, call);
                yield Term.of(Kind.FLOAT);
            }
            case "bool", "any", "all" -> {
                arity(name, positional, name.equals("bool") ? 0 : 1, 1, call);
                if (!name.equals("bool")) {
                    expressions.elementOf(arguments.getFirst(), call.arguments().getFirst());
                }
                yield Term.of(Kind.BOOL);
            }
            case "chr" -> {
                arity(name, positional, 1, 1, call);
                yield Term.of(Kind.STR);
            }
            case "ord" -> {
                arity(name, positional, 1, 1, call);
                inference.unify(Term.of(Kind.STR), arguments.getFirst(), "the argument of ord", call);
                yield Term.of(Kind.INT);
            }
            case "abs" -> {
                arity(name, positional, 1, 1, call);
                yield numericResult(arguments.getFirst(), call, name);
            }
            case "round" -> {
                arity(name, positional, 1, 2, call);
                // round(x, n) keeps x's type: round(1234, -2) is the int 1200, round(2.675, 2) a float.
                yield positional == 1 ? Term.of(Kind.INT) : numericResult(arguments.getFirst(), call, name);
            }
            case "pow" -> {
                arity(name, positional, 2, 2, call);
                yield expressions.binary(arguments.get(0), dev.codelive.codelive.syntax.BinaryOperator.POWER, arguments.get(1), call);
            }
            case "divmod" -> {
                arity(name, positional, 2, 2, call);
                Term quotient = expressions.binary(arguments.get(0), dev.codelive.codelive.syntax.BinaryOperator.FLOOR_DIVIDE,
                        arguments.get(1), call);
                yield Term.tuple(List.of(quotient, quotient));
            }
            case "min", "max" -> {
                arity(name, positional, 1, Integer.MAX_VALUE, call);
                if (positional == 1) {
                    yield expressions.elementOf(arguments.getFirst(), call.arguments().getFirst());
                }
                Term result = arguments.getFirst();
                for (int i = 1; i < positional; i++) {
                    inference.unify(result, arguments.get(i), "the arguments of " + name + "()", call.arguments().get(i));
                }
                yield result;
            }
            case "sum" -> {
                arity(name, positional, 1, 2, call);
                Term element = expressions.elementOf(arguments.getFirst(), call.arguments().getFirst());
                Term total = numericResult(element, call, name);
                if (arguments.size() == 2) {
                    Term start = arguments.get(1);
                    Term result = Term.unknown();
                    constraints.add(call.span().start(), "the start of sum()", () -> {
                        if (!total.known() || !start.known()) {
                            return false;
                        }
                        boolean isFloat = total.is(Kind.FLOAT) || start.is(Kind.FLOAT);
                        inference.unify(result, Term.of(isFloat ? Kind.FLOAT : Kind.INT), "the result of sum()", call);
                        return true;
                    });
                    yield result;
                }
                yield total;
            }
            case "sorted" -> {
                arity(name, positional, 1, 1, call);
                yield Term.of(Kind.LIST, expressions.elementOf(arguments.getFirst(), call.arguments().getFirst()));
            }
            case "list" -> {
                arity(name, positional, 0, 1, call);
                yield Term.of(Kind.LIST, positional == 0 ? Term.unknown() : expressions.elementOf(arguments.getFirst(), call.arguments().getFirst()));
            }
            case "reversed" -> {
                arity(name, positional, 1, 1, call);
                yield Term.of(Kind.ITER, expressions.elementOf(arguments.getFirst(), call.arguments().getFirst()));
            }
            case "enumerate" -> {
                arity(name, positional, 1, 2, call);
                if (arguments.size() == 2) {
                    inference.unify(Term.of(Kind.INT), arguments.get(1), "the start of enumerate()", call);
                }
                Term element = expressions.elementOf(arguments.getFirst(), call.arguments().getFirst());
                yield Term.of(Kind.ITER, Term.tuple(List.of(Term.of(Kind.INT), element)));
            }
            case "zip" -> {
                arity(name, positional, 1, Integer.MAX_VALUE, call);
                List<Term> elements = new ArrayList<>();
                for (int i = 0; i < positional; i++) {
                    elements.add(expressions.elementOf(arguments.get(i), call.arguments().get(i)));
                }
                yield Term.of(Kind.ITER, Term.tuple(elements));
            }
            case "range" -> {
                arity(name, positional, 1, 3, call);
                for (int i = 0; i < positional; i++) {
                    expressions.requireInt(arguments.get(i), call.arguments().get(i));
                }
                yield Term.of(Kind.RANGE);
            }
            default -> throw new UnsupportedConstruct("the builtin " + name + "()", call.span().start());
        };
    }

    /** abs() and sum(): an int for ints and bools, a float for floats. */
    private Term numericResult(Term operand, Expr.Call call, String name) {
        Term result = Term.unknown();
        constraints.add(call.span().start(), "the argument of " + name + "()", () -> {
            if (!operand.known()) {
                return false;
            }
            Kind kind = operand.kind().orElseThrow();
            if (kind != Kind.INT && kind != Kind.BOOL && kind != Kind.FLOAT) {
                throw new UnsupportedConstruct(name + "() of a " + operand.describe(), call.span().start());
            }
            inference.unify(result, Term.of(kind == Kind.FLOAT ? Kind.FLOAT : Kind.INT), "the result of " + name + "()", call);
            return true;
        });
        return result;
    }

    private static void arity(String name, int given, int min, int max, Expr.Call call) {
        if (given < min || given > max) {
            throw new UnsupportedConstruct(name + "() with " + given + " arguments", call.span().start());
        }
    }
}
