package dev.codelive.exec.run;

import java.util.Locale;

/** The outcome of an execution, as the API names it. */
public enum Status {
    OK, RUNTIME_ERROR, COMPILE_ERROR, TIMEOUT, MEMORY_LIMIT, OUTPUT_LIMIT, KILLED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
