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
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves the caller from {@code Authorization: Bearer …} or the browser's session cookie, and enforces the
 * route's access level: 401 without valid credentials, 403 for a signed-in user who is not allowed. Writes made
 * with the cookie must carry the CSRF token, because a browser attaches cookies to cross-site requests too.
 */
public final class AuthenticationGate implements Handler {
    private static final String USER_ATTRIBUTE = "codelive.user";
    private static final Map<String, String> CHALLENGE = Map.of("WWW-Authenticate", "Bearer");
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

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

    private static boolean csrfMatches(Context ctx, String sessionToken) {
        String presented = ctx.header(SessionCookies.CSRF_HEADER);
        return presented != null && MessageDigest.isEqual(
                presented.getBytes(StandardCharsets.US_ASCII), TokenStore.csrfToken(sessionToken).getBytes(StandardCharsets.US_ASCII));
    }

    /** The signed-in user of any request, if there is one. */
    public static Optional<User> currentUser(Context ctx) {
        return Optional.ofNullable(ctx.attribute(USER_ATTRIBUTE));
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
        Optional<String> bearer = bearerToken(ctx);
        Optional<String> session = bearer.isPresent() ? Optional.empty() : SessionCookies.sessionToken(ctx);
        Optional<String> token = bearer.or(() -> session);
        Optional<User> user = token.flatMap(tokens::authenticate);
        user.ifPresent(found -> {
            ctx.attribute(USER_ATTRIBUTE, found);
            RequestObservation observation = RequestObservation.of(ctx);
            observation.userId(found.id());
            observation.plan(found.plan().wire());
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
        if (session.isPresent() && !SAFE_METHODS.contains(ctx.method().name()) && !csrfMatches(ctx, session.get())) {
            throw ProblemException.of(ProblemType.FORBIDDEN,
                    "writes made with the session cookie need the " + SessionCookies.CSRF_HEADER + " header (the value of the "
                            + SessionCookies.CSRF + " cookie)");
        }
        if (access == Access.ADMIN && !user.get().isAdmin()) {
            throw ProblemException.of(ProblemType.FORBIDDEN, "this needs an admin account");
        }
    }
}
