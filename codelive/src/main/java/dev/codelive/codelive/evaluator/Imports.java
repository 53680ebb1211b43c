package dev.codelive.codelive.evaluator;

import dev.codelive.codelive.runtime.MathFunction;
import dev.codelive.codelive.runtime.NotSupportedException;
import dev.codelive.codelive.runtime.PyBool;
import dev.codelive.codelive.runtime.PyFloat;
import dev.codelive.codelive.syntax.Span;
import java.util.Optional;

/**
 * {@code import} and {@code from ... import} of the modules the subset has, {@code math} and {@code typing} (whose
 * names only serve annotations), and their members. Other modules are refused.
 */
final class Imports {

    /**
     * {@code module.name}, or {@code from module import name} when {@code importing}: a missing name is an
     * AttributeError or ImportError, one CPython has but the runtime does not model is refused.
     */
    Object member(Opaque.Module module, String name, Span span, boolean importing) {
        Optional<Object> found = switch (module) {
            case MATH -> MathFunction.named(name).<Object>map(Opaque.MathMember::new)
                    .or(() -> MathFunction.constant(name).map(PyFloat.class::cast));
            case TYPING -> name.equals("TYPE_CHECKING") ? Optional.of(PyBool.FALSE)
                    : KnownNames.TYPING.contains(name) ? Optional.of(new Opaque.TypingName(name)) : Optional.empty();
        };
        if (found.isPresent()) {
            return found.get();
        }
        // typing has many names outside __all__, so any other typing name is refused rather than called missing.
        if (module == Opaque.Module.TYPING || KnownNames.MATH.contains(name)) {
            throw new NotSupportedException(module.pythonName() + "." + name);
        }
        if (importing) {
            // CPython adds the module's file path, which depends on the installation.
            throw new PythonException("ImportError", "cannot import name '" + name + "' from '" + module.pythonName()
                    + "' (unknown location)", span);
        }
        throw new PythonException("AttributeError", "module '" + module.pythonName() + "' has no attribute '" + name
                + "'", span);
    }

    /** The module of an {@code import}; refused for any but the subset's two. */
    static Opaque.Module module(String name) {
        return switch (name) {
            case "math" -> Opaque.Module.MATH;
            case "typing" -> Opaque.Module.TYPING;
            default -> throw new NotSupportedException("the " + name + " module");
        };
    }
}
