package dev.codelive.exec.history;

import dev.codelive.platform.http.Validator;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.regex.Pattern;

/** Query parameters of the history listings, each bad value reported to a {@link Validator} under its name. */
final class ListingParameters {
    private ListingParameters() {}

    /** {@code ?name=true|false}, false when absent. */
    static boolean flag(Context ctx, Validator validator, String name) {
        String raw = ctx.queryParam(name);
        validator.check(raw == null || raw.equals("true") || raw.equals("false"), name, "must be true or false");
        return "true".equals(raw);
    }

    /** {@code ?name=} when it matches {@code form}; {@code description} says what that is. */
    static Optional<String> matching(Context ctx, Validator validator, String name, Pattern form, String description) {
        Optional<String> value = Optional.ofNullable(ctx.queryParam(name));
        value.ifPresent(raw -> validator.check(form.matcher(raw).matches(), name, "must be " + description));
        return value.filter(raw -> form.matcher(raw).matches());
    }
}
