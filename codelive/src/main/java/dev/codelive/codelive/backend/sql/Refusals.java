package dev.codelive.codelive.backend.sql;

import dev.codelive.codelive.backend.BackendRefusal;
import dev.codelive.codelive.syntax.Span;

/** The refusals of the sql backend, located at the construct's start. */
final class Refusals {
    static final String BACKEND = "sql";

    private Refusals() {}

    static BackendRefusal refuse(String construct, Span where) {
        return new BackendRefusal(BACKEND, construct, where == null ? null : where.start());
    }
}
