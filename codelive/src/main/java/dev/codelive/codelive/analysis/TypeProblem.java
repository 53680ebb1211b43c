package dev.codelive.codelive.analysis;

import dev.codelive.codelive.syntax.Position;
import dev.codelive.codelive.syntax.SourceProblem;

/**
 * Valid Python the renderer cannot type: a variable that changes type, a list whose elements differ, a value whose
 * type nothing determines. {@code "cannot render: x holds both int and str at 4:5"}.
 */
public final class TypeProblem extends SourceProblem {
    public TypeProblem(String what, Position position) {
        super("cannot render", what, position);
    }

    @Override
    public String kind() {
        return "type-conflict";
    }
}
