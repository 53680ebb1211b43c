package dev.codelive.platform.ops;

import static dev.codelive.platform.http.route.Schemas.any;
import static dev.codelive.platform.http.route.Schemas.object;
import static dev.codelive.platform.http.route.Schemas.string;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codelive.platform.http.Validator;
import dev.codelive.platform.http.route.Route;
import dev.codelive.platform.server.Platform;
import dev.codelive.platform.server.ServerModule;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/echo}: returns the JSON it was sent. It exercises the whole request path (limits, parsing,
 * validation, rate limits) and is the baseline every other route's latency is compared to.
 */
public final class EchoModule implements ServerModule {
    static final int MAX_MESSAGE_LENGTH = 10_000;

    /** @param message required text, at most 10 000 characters
     *  @param data any JSON value, echoed untouched */
    record Echo(String message, JsonNode data) {}

    @Override
    public void register(Platform platform) {
        Map<String, Object> schema = object(Map.of(
                "message", string("Any text", MAX_MESSAGE_LENGTH),
                "data", any("Any JSON value, returned unchanged")), List.of("message"));
        platform.addRoute(Route.post("/api/echo")
                .summary("Echo a JSON message back (diagnostics and benchmark baseline)")
                .tag("platform")
                .publicAccess()
                .jsonBody(schema)
                .json(200, "The message, unchanged", schema)
                .handler(ctx -> {
                    Echo echo = platform.bodies().read(ctx, Echo.class);
                    new Validator()
                            .require("message", echo.message())
                            .maxLength("message", echo.message(), MAX_MESSAGE_LENGTH)
                            .throwIfInvalid();
                    ctx.json(echo);
                }));
    }
}
