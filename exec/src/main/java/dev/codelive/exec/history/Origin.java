package dev.codelive.exec.history;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a run came from: a direct call of the execute API, or running what Code Live rendered. */
public enum Origin {
    API,
    RENDER;

    /** The name in JSON and in the {@code executions.origin} column. */
    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Origin> fromWire(String wire) {
        return Arrays.stream(values()).filter(origin -> origin.wire().equals(wire)).findFirst();
    }
}
