package dev.codelive.codelive.ir;

import java.util.List;

/**
 * One of the snippet's functions.
 *
 * @param locals every local variable but the parameters, in order of first store (comprehension variables excluded)
 * @param hoisted the locals no statement declares ({@link Target.Store#declares()}): a backend declares them at
 *     the top of the function, with the zero value of their type
 */
public record Function(String name, List<Variable> parameters, Type returnType, List<Stmt> body, List<Variable> locals,
                       List<Variable> hoisted) {
    public Function {
        parameters = List.copyOf(parameters);
        body = List.copyOf(body);
        locals = List.copyOf(locals);
        hoisted = List.copyOf(hoisted);
    }
}
