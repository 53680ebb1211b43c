package dev.codelive.codelive.backend;

import dev.codelive.codelive.syntax.Position;
import dev.codelive.codelive.syntax.SourceProblem;

/**
 * A construct one backend cannot express, while others may: {@code "the sql backend cannot render: recursion at 2:5"}.
 * The API answers 422 naming the backend and the construct.
 */
public final class BackendRefusal extends SourceProblem {
    private final String backend;
    private final String construct;

    public BackendRefusal(String backend, String construct, Position position) {
        super("the " + backend + " backend cannot render", construct, position);
        this.backend = backend;
        this.construct = construct;
    }

    @Override
    public String kind() {
        return "backend-refusal";
    }

    public String backend() {
        return backend;
    }

    public String construct() {
        return construct;
    }
}
