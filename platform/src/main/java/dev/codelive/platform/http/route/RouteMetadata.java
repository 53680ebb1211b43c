package dev.codelive.platform.http.route;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.javalin.router.EndpointMetadata;
import java.util.Optional;

/** Attaches a {@link Route} to its Javalin endpoint, so request gates can read the route's limits. */
public record RouteMetadata(Route route) implements EndpointMetadata {

    /** The route that matched (or will match) this request, absent for static files and unmatched requests. */
    public static Optional<Route> of(Context ctx) {
        Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
        return Optional.ofNullable(matched)
                .map(endpoint -> endpoint.metadata(RouteMetadata.class))
                .map(RouteMetadata::route);
    }
}
