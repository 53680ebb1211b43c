package dev.codelive.platform.auth;

import dev.codelive.platform.http.Problem;
import dev.codelive.platform.http.ProblemException;
import dev.codelive.platform.http.ProblemType;
import dev.codelive.platform.http.RequestObservation;
import dev.codelive.platform.http.edge.LogContext;
import dev.codelive.platform.http.route.Route;
import dev.codelive.platform.http.route.Route.Access;
import dev.codelive.platform.http.route.RouteMetadata;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves the caller from {@code Authorization: Bearer …} and enforces the route's access level: 401 without
 * valid credentials, 403 for a signed-in user who is not allowed.
 */
public final class AuthenticationGate implements Handler {
    private static final String USER_ATTRIBUTE = "codelive.user";
    private static final Map<String, String> CHALLENGE = Map.of("WWW-Authenticate", "Bearer");

    private final TokenStore tokens;

    public AuthenticationGate(TokenStore tokens) {
        this.tokens = tokens;
    }

    /** The signed-in user of a request on a non-public route; always present there. */
    public static User user(Context ctx) {
        User user = ctx.attribute(USER_ATTRIBUTE);
        if (user == null) {
            throw new IllegalStateException("no signed-in user: is the route public?");
        }
        return user;
    }

    /** The bearer token of the request, if it carries one. */
    public static Optional<String> bearerToken(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        String token = header.substring(7).trim();
        return token.isEmpty() || token.length() > 200 ? Optional.empty() : Optional.of(token);
    }

    @Override
    public void handle(Context ctx) {
        Access access = RouteMetadata.of(ctx).map(Route::access).orElse(Access.PUBLIC);
        Optional<String> token = bearerToken(ctx);
        Optional<User> user = token.flatMap(tokens::authenticate);
        user.ifPresent(found -> {
            ctx.attribute(USER_ATTRIBUTE, found);
            RequestObservation observation = RequestObservation.of(ctx);
            observation.userId(found.id());
            LogContext.apply(observation);
        });
        if (access == Access.PUBLIC) {
            return;
        }
        if (user.isEmpty()) {
            String detail = token.isEmpty() ? "sign in and send Authorization: Bearer <token>"
                    : "the token is unknown, revoked or belongs to a disabled account";
            throw new ProblemException(Problem.of(ProblemType.UNAUTHORIZED, detail), CHALLENGE);
        }
        if (access == Access.ADMIN && !user.get().isAdmin()) {
            throw ProblemException.of(ProblemType.FORBIDDEN, "this needs an admin account");
        }
    }
}
