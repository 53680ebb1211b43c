package dev.codelive.codelive.evaluator;

import dev.codelive.codelive.runtime.Arguments;
import dev.codelive.codelive.runtime.Attributes;
import dev.codelive.codelive.runtime.BuiltinFunction;
import dev.codelive.codelive.runtime.Methods;
import dev.codelive.codelive.runtime.NotSupportedException;
import dev.codelive.codelive.runtime.PyList;
import dev.codelive.codelive.runtime.PyNone;
import dev.codelive.codelive.runtime.PyObject;
import dev.codelive.codelive.syntax.Expr;
import dev.codelive.codelive.syntax.Keyword;
import dev.codelive.codelive.syntax.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Calls and attribute access: methods of runtime values ({@code xs.append(x)}), module members ({@code math.sqrt}),
 * builtins, and functions defined by the snippet, in CPython's order (callee, then arguments left to right; a missing
 * method is an AttributeError before any argument is evaluated).
 */
final class Calls {
    private final Interpreter interpreter;

    Calls(Interpreter interpreter) {
        this.interpreter = interpreter;
    }

    Object call(Expr.Call call, Scope scope) {
        Expressions expressions = interpreter.expressions;
        Object callee;
        if (call.function() instanceof Expr.Attribute attribute) {
            Object receiver = expressions.eval(attribute.value(), scope);
            if (receiver instanceof PyObject object) {
                return method(object, attribute, call, scope);
            }
            callee = member((Opaque) receiver, attribute);
        } else {
            callee = expressions.eval(call.function(), scope);
        }
        List<Object> positional = positional(call, scope);
        return invoke(callee, positional, keywords(call, scope), call.span());
    }

    private List<Object> positional(Expr.Call call, Scope scope) {
        List<Object> positional = new ArrayList<>(call.arguments().size());
        for (Expr argument : call.arguments()) {
            positional.add(interpreter.expressions.eval(argument, scope));
        }
        return positional;
    }

    private Map<String, Object> keywords(Expr.Call call, Scope scope) {
        Map<String, Object> keywords = new LinkedHashMap<>();
        for (Keyword keyword : call.keywords()) {
            keywords.put(keyword.name(), interpreter.expressions.eval(keyword.value(), scope));
        }
        return keywords;
    }

    /** {@code value.name} outside a call: a module member; a method of a value is refused as a value. */
    Object attribute(Expr.Attribute attribute, Scope scope) {
        Object base = interpreter.expressions.eval(attribute.value(), scope);
        if (base instanceof PyObject object) {
            if (Attributes.exists(object, attribute.name())) {
                throw new NotSupportedException("the attribute " + object.typeName() + "." + attribute.name()
                        + " as a value");
            }
            throw new PythonException("AttributeError", "'" + object.typeName() + "' object has no attribute '"
                    + attribute.name() + "'", attribute.span());
        }
        return member((Opaque) base, attribute);
    }

    private Object member(Opaque base, Expr.Attribute attribute) {
        if (base instanceof Opaque.Module module) {
            return interpreter.imports.member(module, attribute.name(), attribute.span(), false);
        }
        throw new NotSupportedException("attributes of a " + base.typeName() + " object");
    }

    private PyObject method(PyObject receiver, Expr.Attribute attribute, Expr.Call call, Scope scope) {
        if (!Attributes.exists(receiver, attribute.name())) {
            throw new PythonException("AttributeError", "'" + receiver.typeName() + "' object has no attribute '"
                    + attribute.name() + "'", attribute.span());
        }
        List<Object> positional = positional(call, scope);
        Map<String, Object> keywords = keywords(call, scope);
        int before = receiver instanceof PyList list ? list.size() : 0;
        PyObject result;
        UnaryOperator<PyObject> key = receiver instanceof PyList && attribute.name().equals("sort")
                ? keyFunction(keywords, call.span()) : null;
        if (key != null) {
            Methods.sort((PyList) receiver, toArguments(positional, keywords), key);
            result = PyNone.NONE;
        } else {
            result = Methods.call(receiver, attribute.name(), toArguments(positional, keywords));
        }
        Meter meter = interpreter.meter;
        if (receiver instanceof PyList list) {
            meter.charge(Allocation.growth(before, list.size()));
        }
        if (result != receiver && result != PyNone.NONE) {
            meter.charge(Allocation.cost(result));
        }
        return result;
    }

    /**
     * Takes a {@code key=} function out of the keywords, for {@code sorted}, {@code min}, {@code max} and
     * {@code list.sort}: null when there is none or it is None (which the runtime handles itself).
     */
    private UnaryOperator<PyObject> keyFunction(Map<String, Object> keywords, Span span) {
        Object key = keywords.get("key");
        if (key == null || key == PyNone.NONE) {
            return null;
        }
        keywords.remove("key");
        return item -> Expressions.data(invoke(key, List.of(item), Map.of(), span));
    }

    private Object invoke(Object callee, List<Object> positional, Map<String, Object> keywords, Span span) {
        return switch (callee) {
            case UserFunction function -> callFunction(function, positional, keywords, span);
            case Opaque.Builtin builtin -> callBuiltin(builtin.function(), positional, new LinkedHashMap<>(keywords),
                    span);
            case Opaque.Print print -> {
                Printer.print(toArguments(positional, keywords), interpreter.output, span);
                yield PyNone.NONE;
            }
            case Opaque.MathMember member -> charged(member.function().call(toArguments(positional, keywords)),
                    positional);
            case Opaque.TypingName name -> throw new NotSupportedException("calling typing." + name.name());
            case Opaque.Module module -> throw new PythonException("TypeError", "'module' object is not callable",
                    span);
            case PyObject object -> throw new PythonException("TypeError", "'" + object.typeName()
                    + "' object is not callable", span);
            default -> throw new IllegalStateException("not a value: " + callee);
        };
    }

    private Object callBuiltin(BuiltinFunction function, List<Object> positional, Map<String, Object> keywords,
            Span span) {
        UnaryOperator<PyObject> key = function.takesKey() ? keyFunction(keywords, span) : null;
        Arguments arguments = toArguments(positional, keywords);
        return charged(key == null ? function.call(arguments) : function.call(arguments, key), positional);
    }

    /** Charges for the result of a builtin unless it is one of the arguments handed back ({@code tuple(t)}). */
    private PyObject charged(PyObject result, List<?> arguments) {
        for (Object argument : arguments) {
            if (argument == result) {
                return result;
            }
        }
        interpreter.meter.charge(Allocation.cost(result));
        return result;
    }

    private Object callFunction(UserFunction function, List<Object> positional, Map<String, Object> keywords,
            Span span) {
        Scope scope = Scope.nested(function.locals(), function.closure(), function.qualifiedName());
        Parameters.bind(function, positional, keywords, scope, span, interpreter);
        interpreter.enterFrame(span);
        try {
            interpreter.statements.execBlock(function.definition().body(), scope);
        } finally {
            interpreter.leaveFrame();
        }
        Object returned = scope.returned();
        return returned == null ? PyNone.NONE : returned;
    }

    private static Arguments toArguments(List<Object> positional, Map<String, Object> keywords) {
        List<PyObject> values = new ArrayList<>(positional.size());
        for (Object value : positional) {
            values.add(Expressions.data(value));
        }
        Map<String, PyObject> named = new LinkedHashMap<>();
        keywords.forEach((name, value) -> named.put(name, Expressions.data(value)));
        return new Arguments(values, named);
    }
}
