package dev.codelive.platform.http.gate;

import dev.codelive.platform.http.RequestObservation;
import dev.codelive.platform.http.edge.LogContext;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.router.Endpoint;

/** Labels the request with its route template (or "static" for files), for metrics and logs. */
public final class RouteTagger implements Handler {
    static final String STATIC = "static";

    @Override
    public void handle(Context ctx) {
        Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
        LogContext.route(RequestObservation.of(ctx), matched != null ? matched.path : STATIC);
    }
}
