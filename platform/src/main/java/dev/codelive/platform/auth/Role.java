package dev.codelive.platform.auth;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a user may do: everything of their own, or also administer the server. */
public enum Role {
    USER,
    ADMIN;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Role of(String wire) {
        return valueOf(wire.toUpperCase(Locale.ROOT));
    }
}
