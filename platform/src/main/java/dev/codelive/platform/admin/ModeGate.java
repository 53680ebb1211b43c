package dev.codelive.platform.admin;

import dev.codelive.platform.admin.Modes.Mode;
import dev.codelive.platform.auth.AuthenticationGate;
import dev.codelive.platform.auth.User;
import dev.codelive.platform.http.Problem;
import dev.codelive.platform.http.ProblemException;
import dev.codelive.platform.http.ProblemType;
import dev.codelive.platform.http.route.Route;
import dev.codelive.platform.http.route.RouteMetadata;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Applies the admin's mode and kill switches: emergency serves essential routes only, maintenance pauses
 * non-admin writes, and a switched-off capability answers 503 on its routes.
 */
public final class ModeGate implements Handler {
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Map<String, String> RETRY = Map.of("Retry-After", "60");

    private final Modes modes;

    public ModeGate(Modes modes) {
        this.modes = modes;
    }

    @Override
    public void handle(Context ctx) {
        Optional<Route> route = RouteMetadata.of(ctx);
        boolean essential = route.map(Route::essential).orElse(false);
        Optional<String> capability = route.flatMap(Route::capability);
        if (essential && capability.isEmpty()) {
            return; // probes and sign-in never wait on the settings store
        }
        Mode mode = modes.mode();
        if (mode == Mode.EMERGENCY && !essential) {
            throw unavailable("the server is in emergency mode: only essential routes are served");
        }
        boolean admin = AuthenticationGate.currentUser(ctx).map(User::isAdmin).orElse(false);
        if (mode == Mode.MAINTENANCE && !essential && !admin && !READS.contains(ctx.method().name())) {
            throw unavailable("the server is in maintenance: reads work, writes are paused");
        }
        capability.filter(name -> !modes.capabilityEnabled(name)).ifPresent(name -> {
            throw unavailable("'" + name + "' is switched off by an admin");
        });
    }

    private static ProblemException unavailable(String detail) {
        return new ProblemException(Problem.of(ProblemType.UNAVAILABLE, detail), RETRY);
    }
}
