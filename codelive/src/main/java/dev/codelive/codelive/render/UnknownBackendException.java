package dev.codelive.codelive.render;

import java.util.List;

/** A backend name that is not one of the backends: the API answers 400 listing the valid ones. */
public final class UnknownBackendException extends RuntimeException {
    private final List<String> valid;

    public UnknownBackendException(String name, List<String> valid) {
        super("unknown backend '" + name + "'; valid backends: " + String.join(", ", valid), null, false, false);
        this.valid = List.copyOf(valid);
    }

    public List<String> valid() {
        return valid;
    }
}
