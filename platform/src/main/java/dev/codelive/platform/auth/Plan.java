package dev.codelive.platform.auth;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The subscription a user is on; quotas differ by plan. */
public enum Plan {
    FREE,
    PRO;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Plan of(String wire) {
        return valueOf(wire.toUpperCase(Locale.ROOT));
    }
}
