package dev.codelive.platform.ops;

import static dev.codelive.platform.http.route.Schemas.freeObject;
import static dev.codelive.platform.http.route.Schemas.object;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.codelive.platform.auth.AuthenticationGate;
import dev.codelive.platform.config.ServerConfig.FeatureFlagSettings;
import dev.codelive.platform.flags.FeatureFlags;
import dev.codelive.platform.flags.FlagOverride;
import dev.codelive.platform.flags.OverrideChange;
import dev.codelive.platform.http.FieldError;
import dev.codelive.platform.http.Problem;
import dev.codelive.platform.http.ProblemException;
import dev.codelive.platform.http.ProblemType;
import dev.codelive.platform.http.route.Route;
import dev.codelive.platform.server.Platform;
import dev.codelive.platform.server.ServerModule;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The caller's feature flags, and admins' overrides of them (audited, and followed by every replica). */
public final class FeatureFlagsModule implements ServerModule {
    private static final String AUDIT_ACTION = "flag.changed";

    @Override
    public void register(Platform platform) {
        FeatureFlags flags = platform.flags();
        Map<String, Object> state = freeObject("name, description, sources (module, policy, admin), defaults, override (null when none), effective;"
                + " a rule is {enabled, rollout_percentage, user_groups, environments}");
        platform.addRoute(Route.get("/api/flags")
                .summary("Every feature flag, on or off for the caller; anonymous callers get only flags at 100 %")
                .tag("flags")
                .publicAccess()
                .json(200, "Flags by name", object(Map.of("flags", Map.of("type", "object", "additionalProperties", Map.of("type", "boolean"))),
                        List.of("flags")))
                .handler(ctx -> ctx.json(Map.of("flags", flags.evaluate(AuthenticationGate.currentUser(ctx))))));
        platform.addRoute(Route.get("/api/admin/flags")
                .summary("Every feature flag with its sources, defaults, override and effective rule, and the environment flags are evaluated for")
                .tag("admin")
                .adminOnly()
                .json(200, "The flags", freeObject("environment, flags"))
                .handler(ctx -> ctx.json(Map.of("environment", flags.environment(), "flags", flags.states()))));
        platform.addRoute(Route.get("/api/admin/flags/{name}")
                .summary("One feature flag with its sources, defaults, override and effective rule")
                .tag("admin")
                .adminOnly()
                .json(200, "The flag", state)
                .responds(404, "No such flag", "application/problem+json")
                .handler(ctx -> ctx.json(flags.state(ctx.pathParam("name")).orElseThrow(() -> unknown(ctx)))));
        platform.addRoute(Route.put("/api/admin/flags/{name}")
                .summary("Override fields of a flag for every replica; fields left out keep their current override (or default)")
                .tag("admin")
                .adminOnly()
                .jsonBody(object(Map.of(
                        "enabled", Map.of("type", "boolean"),
                        "rollout_percentage", Map.of("type", "integer", "minimum", 0, "maximum", 100),
                        "user_groups", Map.of("type", "array", "maxItems", FlagOverride.MAX_GROUPS,
                                "items", Map.of("type", "string", "pattern", "^" + FlagOverride.GROUP.pattern() + "$")),
                        "environments", Map.of("type", "array", "maxItems", FlagOverride.MAX_ENVIRONMENTS,
                                "items", Map.of("type", "string", "pattern", "^" + FeatureFlagSettings.ENVIRONMENT_NAME.pattern() + "$"))), List.of()))
                .json(200, "The flag after the change", state)
                .responds(404, "No such flag", "application/problem+json")
                .handler(ctx -> {
                    String name = ctx.pathParam("name");
                    if (flags.state(name).isEmpty()) {
                        throw unknown(ctx);
                    }
                    FlagOverride change = platform.bodies().read(ctx, FlagOverride.class);
                    List<FieldError> problems = new ArrayList<>(change.problems());
                    if (change.setsNothing()) {
                        problems.add(new FieldError("(body)", "name at least one of enabled, rollout_percentage, user_groups, environments"));
                    }
                    if (!problems.isEmpty()) {
                        throw Problem.validation(problems).toException();
                    }
                    String actor = AuthenticationGate.user(ctx).id();
                    OverrideChange result = flags.override(name, change, actor).orElseThrow(() -> unknown(ctx));
                    platform.audit().record(ctx, AUDIT_ACTION, true, actor, name, detail(platform, result));
                    ctx.json(result.state());
                }));
        platform.addRoute(Route.delete("/api/admin/flags/{name}")
                .summary("Drop a flag's override for every replica, returning it to the policy and module defaults")
                .tag("admin")
                .adminOnly()
                .json(200, "The flag after the change", state)
                .responds(404, "No such flag", "application/problem+json")
                .handler(ctx -> {
                    String name = ctx.pathParam("name");
                    OverrideChange result = flags.removeOverride(name).orElseThrow(() -> unknown(ctx));
                    if (result.before() != null) {
                        platform.audit().record(ctx, AUDIT_ACTION, true, AuthenticationGate.user(ctx).id(), name, detail(platform, result));
                    }
                    ctx.json(result.state());
                }));
    }

    private static ProblemException unknown(Context ctx) {
        return ProblemException.of(ProblemType.NOT_FOUND, "no feature flag named '" + ctx.pathParam("name") + "'; GET /api/admin/flags lists them");
    }

    /** The override before and after, as JSON: what the admin changed, independent of later policy edits. */
    private static String detail(Platform platform, OverrideChange change) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("before", change.before());
        detail.put("after", change.after());
        try {
            return platform.json().writeValueAsString(detail);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a flag override is always serialisable", e);
        }
    }
}
