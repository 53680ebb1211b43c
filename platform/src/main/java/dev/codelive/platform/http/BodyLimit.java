package dev.codelive.platform.http;

import dev.codelive.platform.http.route.RouteMetadata;
import io.javalin.http.Context;
import java.util.OptionalLong;

/** The body limit in force for a request: its route's own, else the policy default. */
public final class BodyLimit {
    private BodyLimit() {}

    public static long of(Context ctx, long defaultMaxBytes) {
        return RouteMetadata.of(ctx)
                .map(route -> route.maxBodyBytes())
                .filter(OptionalLong::isPresent)
                .map(OptionalLong::getAsLong)
                .orElse(defaultMaxBytes);
    }
}
