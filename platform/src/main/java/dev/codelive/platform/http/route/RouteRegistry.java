package dev.codelive.platform.http.route;

import java.util.ArrayList;
import java.util.List;

/** Every route of the server, in registration order; the source of both the router and {@code /openapi.json}. */
public final class RouteRegistry {
    private final List<Route> routes = new ArrayList<>();

    public void add(Route route) {
        for (Route existing : routes) {
            if (existing.method().equals(route.method()) && existing.path().equals(route.path())) {
                throw new IllegalStateException("route registered twice: " + route.method() + " " + route.path());
            }
        }
        routes.add(route);
    }

    public List<Route> routes() {
        return List.copyOf(routes);
    }
}
