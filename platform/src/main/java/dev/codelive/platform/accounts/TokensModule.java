package dev.codelive.platform.accounts;

import static dev.codelive.platform.http.route.Schemas.freeObject;
import static dev.codelive.platform.http.route.Schemas.object;
import static dev.codelive.platform.http.route.Schemas.string;

import dev.codelive.platform.auth.AuthenticationGate;
import dev.codelive.platform.auth.IssuedToken;
import dev.codelive.platform.auth.SessionCookies;
import dev.codelive.platform.auth.User;
import dev.codelive.platform.http.ProblemException;
import dev.codelive.platform.http.ProblemType;
import dev.codelive.platform.http.Validator;
import dev.codelive.platform.http.route.Route;
import dev.codelive.platform.server.Platform;
import dev.codelive.platform.server.ServerModule;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The caller's own tokens: list them, create labelled API tokens for scripts, revoke one by id. Another user's
 * token id answers 404 exactly like an unknown one, so ids reveal nothing.
 */
public final class TokensModule implements ServerModule {
    record CreateTokenRequest(String label) {}

    private static final Pattern UUID_FORM = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final int MAX_LABEL_LENGTH = 100;

    @Override
    public void register(Platform platform) {
        Map<String, Object> summary = freeObject("id, kind (bearer|session), label, created_at, last_used_at, expires_at, current");
        platform.addRoute(Route.get("/api/me/tokens")
                .summary("The caller's live tokens and browser sign-ins, oldest first; never their secrets")
                .tag("auth")
                .json(200, "{tokens: [...]}", freeObject("tokens"))
                .handler(ctx -> {
                    User user = AuthenticationGate.user(ctx);
                    var presented = AuthenticationGate.bearerToken(ctx).or(() -> SessionCookies.sessionToken(ctx));
                    ctx.json(Map.of("tokens", platform.tokens().liveTokens(user.id(), presented)));
                }));
        platform.addRoute(Route.post("/api/me/tokens")
                .summary("Create a labelled API token; the answer is the only time its secret is shown")
                .tag("auth")
                .jsonBody(object(Map.of("label", string("What the token is for, 1-100 characters", MAX_LABEL_LENGTH)), List.of("label")))
                .json(201, "{token, ...summary}", summary)
                .responds(409, "The caller already holds the most live API tokens allowed", "application/problem+json")
                .handler(ctx -> create(platform, ctx)));
        platform.addRoute(Route.delete("/api/me/tokens/{id}")
                .summary("Revoke one of the caller's tokens or sign-ins")
                .tag("auth")
                .responds(204, "Revoked")
                .responds(404, "The caller has no live token with this id", "application/problem+json")
                .handler(ctx -> revoke(platform, ctx)));
    }

    private static void create(Platform platform, Context ctx) {
        CreateTokenRequest request = platform.bodies().read(ctx, CreateTokenRequest.class);
        String label = request.label() == null ? null : request.label().strip();
        new Validator()
                .require("label", label == null || label.isEmpty() ? null : label)
                .maxLength("label", label, MAX_LABEL_LENGTH)
                .check(label == null || label.codePoints().noneMatch(Character::isISOControl), "label", "must not contain control characters")
                .throwIfInvalid();
        User user = AuthenticationGate.user(ctx);
        int limit = platform.policy().auth().maxApiTokensPerUser();
        IssuedToken issued = platform.tokens().issueLabelled(user.id(), label, limit).orElseThrow(() -> {
            platform.audit().record(ctx, "token.created", false, user.id(), user.id(), "limit of " + limit + " live API tokens reached");
            return ProblemException.of(ProblemType.CONFLICT,
                    "you already hold " + limit + " live API tokens; revoke one (DELETE /api/me/tokens/{id}) first");
        });
        platform.audit().record(ctx, "token.created", true, user.id(), issued.summary().id(), "API token \"" + label + "\"");
        var summary = issued.summary();
        ctx.status(201).json(Map.of("token", issued.token(), "token_type", "Bearer", "id", summary.id(), "kind", summary.kind(),
                "label", summary.label(), "created_at", summary.createdAt()));
    }

    private static void revoke(Platform platform, Context ctx) {
        String id = ctx.pathParam("id");
        User user = AuthenticationGate.user(ctx);
        // A malformed id cannot be anyone's token: same answer as someone else's, without a query.
        boolean revoked = UUID_FORM.matcher(id).matches() && platform.tokens().revokeById(user.id(), id);
        if (!revoked) {
            throw ProblemException.of(ProblemType.NOT_FOUND, "you have no live token with id " + id);
        }
        platform.audit().record(ctx, "token.revoked", true, user.id(), id, "revoked by id");
        ctx.status(204);
    }
}
