package dev.codelive.platform.http;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem with a request body, then fails once with all of them (422). */
public final class Validator {
    private final List<FieldError> errors = new ArrayList<>();

    public Validator require(String field, Object value) {
        if (value == null) {
            errors.add(new FieldError(field, "is required"));
        }
        return this;
    }

    /** Records {@code message} for {@code field} unless {@code valid}. */
    public Validator check(boolean valid, String field, String message) {
        if (!valid) {
            errors.add(new FieldError(field, message));
        }
        return this;
    }

    public Validator maxLength(String field, String value, int max) {
        return check(value == null || value.length() <= max, field, "must be at most " + max + " characters");
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw Problem.validation(errors).toException();
        }
    }
}
