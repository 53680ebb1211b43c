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
import dev.codelive.codelive.syntax.Span;
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

    /** The arguments of a call site: positional ones, then keywords, compiled. */
    record ArgumentNodes(Node[] positional, String[] keywordNames, Node[] keywordValues) {
        Object[] positional(Scope scope) {
            Object[] values = new Object[positional.length];
            for (int i = 0; i < positional.length; i++) {
                values[i] = positional[i].eval(scope);
            }
            return values;
        }

        /** In call order; an immutable empty map when there are none, else one the call may take {@code key=} out of. */
        Map<String, Object> keywords(Scope scope) {
            if (keywordNames.length == 0) {
                return Map.of();
            }
            Map<String, Object> keywords = new LinkedHashMap<>();
            for (int i = 0; i < keywordNames.length; i++) {
                keywords.put(keywordNames[i], keywordValues[i].eval(scope));
            }
            return keywords;
        }
    }

    /** {@code f(...)} where {@code f} is not an attribute. */
    static final class Call extends Node {
        private final Node function;
        private final ArgumentNodes arguments;

        Call(Expr.Call call, Node function, ArgumentNodes arguments, Interpreter interpreter) {
            super(call, interpreter);
            this.function = function;
            this.arguments = arguments;
        }

        @Override
        Object compute(Scope scope) {
            Object callee = function.eval(scope);
            Object[] positional = arguments.positional(scope);
            return interpreter.calls.invoke(callee, positional, arguments.keywords(scope), expression.span());
        }
    }

    /** {@code value.name(...)}: a method of a value, or a member of a module. */
    static final class AttributeCall extends Node {
        private final Expr.Attribute attribute;
        private final Node receiver;
        private final ArgumentNodes arguments;

        AttributeCall(Expr.Call call, Expr.Attribute attribute, Node receiver, ArgumentNodes arguments,
                Interpreter interpreter) {
            super(call, interpreter);
            this.attribute = attribute;
            this.receiver = receiver;
            this.arguments = arguments;
        }

        @Override
        Object compute(Scope scope) {
            Object value = receiver.eval(scope);
            Calls calls = interpreter.calls;
            if (value instanceof PyObject object) {
                return calls.method(object, attribute, arguments, scope, expression.span());
            }
            Object callee = calls.member((Opaque) value, attribute);
            Object[] positional = arguments.positional(scope);
            return calls.invoke(callee, positional, arguments.keywords(scope), expression.span());
        }
    }

    /** {@code value.name} outside a call: a module member; a method of a value is refused as a value. */
    static final class AttributeRead extends Node {
        private final Node base;

        AttributeRead(Expr.Attribute attribute, Node base, Interpreter interpreter) {
            super(attribute, interpreter);
            this.base = base;
        }

        @Override
        Object compute(Scope scope) {
            Expr.Attribute attribute = (Expr.Attribute) expression;
            Object value = base.eval(scope);
            if (value instanceof PyObject object) {
                if (Attributes.exists(object, attribute.name())) {
                    throw new NotSupportedException("the attribute " + object.typeName() + "." + attribute.name()
                            + " as a value");
                }
                throw new PythonException("AttributeError", "'" + object.typeName() + "' object has no attribute '"
                        + attribute.name() + "'", attribute.span());
            }
            return interpreter.calls.member((Opaque) value, attribute);
        }
    }

    private Object member(Opaque base, Expr.Attribute attribute) {
        if (base instanceof Opaque.Module module) {
            return interpreter.imports.member(module, attribute.name(), attribute.span(), false);
        }
        throw new NotSupportedException("attributes of a " + base.typeName() + " object");
    }

    private PyObject method(PyObject receiver, Expr.Attribute attribute, ArgumentNodes arguments, Scope scope,
            Span span) {
        if (!Attributes.exists(receiver, attribute.name())) {
            throw new PythonException("AttributeError", "'" + receiver.typeName() + "' object has no attribute '"
                    + attribute.name() + "'", attribute.span());
        }
        Object[] positional = arguments.positional(scope);
        Map<String, Object> keywords = arguments.keywords(scope);
        int before = receiver instanceof PyList list ? list.size() : 0;
        PyObject result;
        UnaryOperator<PyObject> key = receiver instanceof PyList && attribute.name().equals("sort")
                ? keyFunction(keywords, span) : null;
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
        return item -> Node.asData(invoke(key, new Object[] {item}, Map.of(), span));
    }

    Object invoke(Object callee, Object[] positional, Map<String, Object> keywords, Span span) {
        return switch (callee) {
            case UserFunction function -> callFunction(function, positional, keywords, span);
            case Opaque.Builtin builtin -> callBuiltin(builtin.function(), positional,
                    keywords.isEmpty() ? keywords : new LinkedHashMap<>(keywords), span);
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

    private Object callBuiltin(BuiltinFunction function, Object[] positional, Map<String, Object> keywords,
            Span span) {
        UnaryOperator<PyObject> key = function.takesKey() ? keyFunction(keywords, span) : null;
        Arguments arguments = toArguments(positional, keywords);
        return charged(key == null ? function.call(arguments) : function.call(arguments, key), positional);
    }

    /** Charges for the result of a builtin unless it is one of the arguments handed back ({@code tuple(t)}). */
    private PyObject charged(PyObject result, Object[] arguments) {
        for (Object argument : arguments) {
            if (argument == result) {
                return result;
            }
        }
        interpreter.meter.charge(Allocation.cost(result));
        return result;
    }

    private Object callFunction(UserFunction function, Object[] positional, Map<String, Object> keywords,
            Span span) {
        Scope scope = Scope.nested(function.layout(), function.closure(), function.qualifiedName());
        Parameters.bind(function, positional, keywords, scope, span, interpreter);
        interpreter.enterFrame(span);
        try {
            Step.block(function.body(), scope);
        } finally {
            interpreter.leaveFrame();
        }
        Object returned = scope.returned();
        return returned == null ? PyNone.NONE : returned;
    }

    private static Arguments toArguments(Object[] positional, Map<String, Object> keywords) {
        PyObject[] values = new PyObject[positional.length];
        for (int i = 0; i < positional.length; i++) {
            values[i] = Node.asData(positional[i]);
        }
        Map<String, PyObject> named = new LinkedHashMap<>();
        keywords.forEach((name, value) -> named.put(name, Node.asData(value)));
        return new Arguments(List.of(values), named);
    }
}
