package dev.codelive.platform.ops;

import static dev.codelive.platform.http.route.Schemas.freeObject;
import static dev.codelive.platform.http.route.Schemas.object;

import dev.codelive.platform.admin.Modes;
import dev.codelive.platform.admin.Modes.Mode;
import dev.codelive.platform.auth.AuthenticationGate;
import dev.codelive.platform.http.FieldError;
import dev.codelive.platform.http.Problem;
import dev.codelive.platform.http.Validator;
import dev.codelive.platform.http.route.Route;
import dev.codelive.platform.server.Platform;
import dev.codelive.platform.server.ServerModule;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Admin control of the operating mode (normal, maintenance, emergency) and of capability kill switches. */
public final class AdminModesModule implements ServerModule {
    private static final Pattern CAPABILITY = Pattern.compile("[a-z0-9_]{1,50}");

    record ModeChange(String mode) {}

    @Override
    public void register(Platform platform) {
        Map<String, Object> state = freeObject("mode (normal | maintenance | emergency) and capabilities {name: enabled}");
        platform.addRoute(Route.get("/api/admin/modes")
                .summary("The operating mode and the capability switches")
                .tag("admin")
                .adminOnly()
                .json(200, "Current state", state)
                .handler(ctx -> ctx.json(state(platform.modes()))));
        platform.addRoute(Route.put("/api/admin/modes")
                .summary("Set the operating mode for every replica (takes effect within 2 s)")
                .tag("admin")
                .adminOnly()
                .jsonBody(object(Map.of("mode", Map.of("type", "string", "enum", List.of("normal", "maintenance", "emergency"))), List.of("mode")))
                .json(200, "New state", state)
                .handler(ctx -> {
                    ModeChange change = platform.bodies().read(ctx, ModeChange.class);
                    new Validator().require("mode", change.mode())
                            .check(change.mode() == null || List.of("normal", "maintenance", "emergency").contains(change.mode()),
                                    "mode", "must be normal, maintenance or emergency")
                            .throwIfInvalid();
                    String actor = AuthenticationGate.user(ctx).id();
                    platform.modes().setMode(Mode.of(change.mode()), actor);
                    platform.audit().record(ctx, "mode.changed", true, actor, "mode", change.mode());
                    ctx.json(state(platform.modes()));
                }));
        platform.addRoute(Route.post("/api/admin/capabilities/{name}/{action}")
                .summary("Switch a capability (e.g. execution) on or off for every replica; action is enable or disable")
                .tag("admin")
                .adminOnly()
                .json(200, "New state", state)
                .handler(ctx -> switchCapability(platform, ctx)));
    }

    private static void switchCapability(Platform platform, Context ctx) {
        String name = ctx.pathParam("name");
        String action = ctx.pathParam("action");
        if (!CAPABILITY.matcher(name).matches() || !List.of("enable", "disable").contains(action)) {
            throw Problem.validation(List.of(
                    new FieldError(CAPABILITY.matcher(name).matches() ? "action" : "name",
                            CAPABILITY.matcher(name).matches() ? "must be enable or disable" : "must be 1-50 characters of a-z, 0-9 and _"))).toException();
        }
        String actor = AuthenticationGate.user(ctx).id();
        boolean enable = action.equals("enable");
        platform.modes().setCapability(name, enable, actor);
        platform.audit().record(ctx, enable ? "capability.enabled" : "capability.disabled", true, actor, name, null);
        ctx.json(state(platform.modes()));
    }

    private static Map<String, Object> state(Modes modes) {
        return Map.of("mode", modes.mode().wire(), "capabilities", modes.capabilities());
    }
}
