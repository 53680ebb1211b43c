package dev.codelive.platform.accounts;

import static dev.codelive.platform.http.route.Schemas.freeObject;
import static dev.codelive.platform.http.route.Schemas.object;
import static dev.codelive.platform.http.route.Schemas.string;

import dev.codelive.platform.audit.AuditQuery;
import dev.codelive.platform.auth.AuthenticationGate;
import dev.codelive.platform.auth.Credentials;
import dev.codelive.platform.auth.EmailTakenException;
import dev.codelive.platform.auth.Plan;
import dev.codelive.platform.auth.Role;
import dev.codelive.platform.auth.SessionCookies;
import dev.codelive.platform.auth.TokenStore;
import dev.codelive.platform.auth.User;
import dev.codelive.platform.auth.UserStore;
import dev.codelive.platform.http.FieldError;
import dev.codelive.platform.http.Problem;
import dev.codelive.platform.http.ProblemException;
import dev.codelive.platform.http.ProblemType;
import dev.codelive.platform.http.QueryParameters;
import dev.codelive.platform.http.RequestObservation;
import dev.codelive.platform.http.Validator;
import dev.codelive.platform.http.route.Route;
import dev.codelive.platform.ratelimit.RateLimitDecision;
import dev.codelive.platform.server.Platform;
import dev.codelive.platform.server.ServerModule;
import io.javalin.http.Context;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Sign-up, sign-in and sign-out with bearer tokens, the caller's own account, and the admin's user list. */
public final class AuthModule implements ServerModule {
    static final String INVALID_LOGIN = "the email or password is wrong";

    record SignupRequest(String email, String password, String displayName) {}

    /** @param cookie true for a browser sign-in: the token goes into an HttpOnly cookie, never into the body */
    record LoginRequest(String email, String password, Boolean cookie) {}

    record BrowserSession(User user, String csrfToken) {}

    record Session(String token, String tokenType, User user) {}

    /** An admin's changes to a user; absent fields stay as they are. */
    record UserPatch(Role role, List<String> groups, Plan plan, Boolean disabled) {}

    private static final Pattern GROUP = Pattern.compile("[a-z0-9_]{1,50}");

    @Override
    public void register(Platform platform) {
        Accounts accounts = new Accounts(platform);
        Map<String, Object> user = freeObject("id, email, display_name, role, groups, plan, disabled, created_at");
        Map<String, Object> session = object(Map.of("token", string("Shown once; send as Authorization: Bearer <token>"),
                "token_type", string("Bearer"), "user", user), List.of("token", "token_type", "user"));
        platform.addRoute(Route.post("/api/auth/signup")
                .summary("Create an account; answers with its first token")
                .tag("auth")
                .publicAccess()
                .rateClass("signup")
                .jsonBody(object(Map.of(
                        "email", string("Email address; case does not matter", 254),
                        "password", string(Credentials.PASSWORD_RULES, Credentials.MAX_PASSWORD_LENGTH),
                        "display_name", string("Name to show; defaults to the email's local part", 100)), List.of("email", "password")))
                .json(201, "Account created", session)
                .responds(409, "An account for this email exists", "application/problem+json")
                .handler(ctx -> accounts.signup(ctx, platform.bodies().read(ctx, SignupRequest.class))));
        platform.addRoute(Route.post("/api/auth/login")
                .essential()
                .summary("Sign in with email and password; answers with a new token")
                .tag("auth")
                .publicAccess()
                .rateClass("login")
                .jsonBody(object(Map.of("email", string("Email address", 254), "password", string("Password", 1000),
                        "cookie", Map.of("type", "boolean", "description", "Browser sign-in: set the session cookie instead of returning the token")),
                        List.of("email", "password")))
                .json(200, "Signed in: {token, token_type, user}, or with cookie=true {user, csrf_token} and the cookies", session)
                .responds(401, "Wrong email or password", "application/problem+json")
                .handler(ctx -> accounts.login(ctx, platform.bodies().read(ctx, LoginRequest.class))));
        platform.addRoute(Route.post("/api/auth/logout")
                .essential()
                .summary("Revoke the token (or session cookie) this request carries")
                .tag("auth")
                .responds(204, "Revoked")
                .handler(ctx -> {
                    AuthenticationGate.bearerToken(ctx).or(() -> SessionCookies.sessionToken(ctx)).ifPresent(platform.tokens()::revoke);
                    String userId = AuthenticationGate.user(ctx).id();
                    platform.audit().record(ctx, "token.revoked", true, userId, userId, "logout");
                    if (SessionCookies.sessionToken(ctx).isPresent()) {
                        SessionCookies.clear(ctx, RequestObservation.of(ctx).secure());
                    }
                    ctx.status(204);
                }));
        platform.addRoute(Route.get("/api/me")
                .essential()
                .summary("The signed-in user")
                .tag("auth")
                .json(200, "The account", user)
                .handler(ctx -> ctx.json(AuthenticationGate.user(ctx))));
        platform.addRoute(Route.get("/api/admin/users")
                .summary("All users, oldest first (?offset=, ?limit= up to 200)")
                .tag("admin")
                .adminOnly()
                .json(200, "A page of users", freeObject("users, offset, limit"))
                .handler(ctx -> {
                    int offset = QueryParameters.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE);
                    int limit = QueryParameters.integer(ctx, "limit", 50, 1, 200);
                    ctx.json(Map.of("users", platform.users().list(offset, limit), "offset", offset, "limit", limit));
                }));
        platform.addRoute(Route.patch("/api/admin/users/{id}")
                .summary("Change a user's role, groups, plan or disabled flag; disabling ends their tokens at once")
                .tag("admin")
                .adminOnly()
                .jsonBody(object(Map.of(
                        "role", Map.of("type", "string", "enum", List.of("user", "admin")),
                        "groups", Map.of("type", "array", "items", Map.of("type", "string", "pattern", "^[a-z0-9_]{1,50}$"), "maxItems", 20),
                        "plan", Map.of("type", "string", "enum", List.of("free", "pro")),
                        "disabled", Map.of("type", "boolean")), List.of()))
                .json(200, "The updated user", user)
                .responds(404, "No such user", "application/problem+json")
                .responds(409, "An admin tried to demote or disable themselves", "application/problem+json")
                .handler(ctx -> updateUser(platform, ctx)));
        platform.addRoute(Route.get("/api/admin/audit")
                .summary("The audit log, newest first (?action=, ?actor=, ?since=, ?until=, ?offset=, ?limit= up to 500)")
                .tag("admin")
                .adminOnly()
                .json(200, "A page of entries", freeObject("entries, offset, limit"))
                .handler(ctx -> auditLog(platform, ctx)));
    }

    /** Admins change role, groups, plan and disabled; they cannot demote or disable themselves (no lock-out). */
    private static void updateUser(Platform platform, Context ctx) {
        String id = ctx.pathParam("id");
        UserPatch patch = platform.bodies().read(ctx, UserPatch.class);
        Validator validator = new Validator()
                .check(patch.role() != null || patch.groups() != null || patch.plan() != null || patch.disabled() != null,
                        "(body)", "name at least one of role, groups, plan, disabled");
        if (patch.groups() != null) {
            validator.check(patch.groups().size() <= 20, "groups", "at most 20 groups");
            for (int i = 0; i < patch.groups().size(); i++) {
                String group = patch.groups().get(i);
                validator.check(group != null && GROUP.matcher(group).matches(), "groups[" + i + "]", "must be 1-50 characters of a-z, 0-9 and _");
            }
        }
        validator.throwIfInvalid();
        User admin = AuthenticationGate.user(ctx);
        boolean selfLockout = admin.id().equals(id) && (patch.role() == Role.USER || Boolean.TRUE.equals(patch.disabled()));
        if (selfLockout) {
            throw ProblemException.of(ProblemType.CONFLICT, "admins cannot demote or disable themselves; ask another admin");
        }
        var changes = new UserStore.UserChanges(Optional.ofNullable(patch.role()),
                Optional.ofNullable(patch.groups()).map(Set::copyOf),
                Optional.ofNullable(patch.plan()), Optional.ofNullable(patch.disabled()));
        User updated = platform.users().update(id, changes)
                .orElseThrow(() -> ProblemException.of(ProblemType.NOT_FOUND, "no user " + id));
        platform.audit().record(ctx, "user.updated", true, admin.id(), id, describe(patch));
        ctx.json(updated);
    }

    private static String describe(UserPatch patch) {
        List<String> parts = new ArrayList<>();
        Optional.ofNullable(patch.role()).ifPresent(role -> parts.add("role=" + role.wire()));
        Optional.ofNullable(patch.groups()).ifPresent(groups -> parts.add("groups=" + String.join(",", groups)));
        Optional.ofNullable(patch.plan()).ifPresent(plan -> parts.add("plan=" + plan.wire()));
        Optional.ofNullable(patch.disabled()).ifPresent(disabled -> parts.add("disabled=" + disabled));
        return String.join(" ", parts);
    }

    private static void auditLog(Platform platform, Context ctx) {
        AuditQuery query = new AuditQuery(
                Optional.ofNullable(ctx.queryParam("action")),
                Optional.ofNullable(ctx.queryParam("actor")),
                queryInstant(ctx, "since"),
                queryInstant(ctx, "until"),
                QueryParameters.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE),
                QueryParameters.integer(ctx, "limit", 50, 1, 500));
        ctx.json(Map.of("entries", platform.audit().query(query), "offset", query.offset(), "limit", query.limit()));
    }

    private static Optional<Instant> queryInstant(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        if (raw == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(raw));
        } catch (DateTimeParseException e) {
            throw Problem.validation(List.of(new FieldError(name, "must be an ISO-8601 instant, e.g. 2026-11-21T10:00:00Z"))).toException();
        }
    }


    /** The account operations behind the routes. */
    private static final class Accounts {
        private final Platform platform;

        Accounts(Platform platform) {
            this.platform = platform;
        }

        void signup(Context ctx, SignupRequest request) {
            String email = Credentials.normalizeEmail(request.email());
            Validator validator = new Validator()
                    .require("email", request.email())
                    .require("password", request.password())
                    .maxLength("display_name", request.displayName(), 100);
            if (request.email() != null) {
                validator.check(Credentials.isValidEmail(email), "email", "is not an email address");
            }
            if (request.password() != null) {
                for (String problem : Credentials.passwordProblems(request.password(), email)) {
                    validator.check(false, "password", problem + "; passwords need " + Credentials.PASSWORD_RULES);
                }
            }
            validator.throwIfInvalid();
            String displayName = request.displayName() == null || request.displayName().isBlank()
                    ? email.substring(0, email.indexOf('@')) : request.displayName().trim();
            User user;
            try {
                user = platform.users().create(email, displayName, platform.passwords().hash(request.password()), Role.USER);
            } catch (EmailTakenException e) {
                platform.audit().record(ctx, "auth.signup", false, null, email, "email already has an account");
                throw ProblemException.of(ProblemType.CONFLICT, "an account for this email already exists; sign in instead");
            }
            platform.audit().record(ctx, "auth.signup", true, user.id(), email, null);
            String token = platform.tokens().issue(user.id());
            platform.audit().record(ctx, "token.created", true, user.id(), user.id(), "bearer token at sign-up");
            ctx.status(201).json(new Session(token, "Bearer", user));
        }

        void login(Context ctx, LoginRequest request) {
            new Validator().require("email", request.email()).require("password", request.password()).throwIfInvalid();
            String email = Credentials.normalizeEmail(request.email());
            RateLimitDecision perAccount = platform.rateLimiter().tryConsume("login_account", "account:" + email);
            if (!perAccount.allowed()) {
                throw new ProblemException(Problem.of(ProblemType.RATE_LIMITED,
                        "too many sign-in attempts for this account; retry in " + perAccount.retryAfterSeconds() + " s"),
                        Map.of("Retry-After", Long.toString(perAccount.retryAfterSeconds())));
            }
            var login = platform.users().findLogin(email);
            // Unknown and disabled accounts cost a full hash too, so that timing cannot tell them apart.
            boolean matches = platform.passwords().verify(request.password(), login.map(UserStore.StoredLogin::passwordHash).orElse(null));
            if (!matches || login.get().user().disabled()) {
                String reason = login.isEmpty() ? "unknown email" : !matches ? "wrong password" : "account disabled";
                platform.audit().record(ctx, "auth.login", false, login.map(found -> found.user().id()).orElse(null), email, reason);
                throw new ProblemException(Problem.of(ProblemType.UNAUTHORIZED, INVALID_LOGIN), Map.of("WWW-Authenticate", "Bearer"));
            }
            User user = login.get().user();
            boolean browser = Boolean.TRUE.equals(request.cookie());
            platform.audit().record(ctx, "auth.login", true, user.id(), email, browser ? "browser session" : "bearer token");
            platform.audit().record(ctx, "token.created", true, user.id(), user.id(), browser ? "session cookie" : "bearer token");
            if (browser) {
                Duration ttl = Duration.ofHours(platform.policy().auth().sessionTtlHours());
                String session = platform.tokens().issueSession(user.id(), ttl);
                SessionCookies.set(ctx, session, ttl, RequestObservation.of(ctx).secure());
                ctx.json(new BrowserSession(user, TokenStore.csrfToken(session)));
                return;
            }
            ctx.json(new Session(platform.tokens().issue(user.id()), "Bearer", user));
        }
    }
}
