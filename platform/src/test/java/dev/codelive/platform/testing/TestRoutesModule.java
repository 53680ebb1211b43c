package dev.codelive.platform.testing;

import dev.codelive.platform.http.route.Route;
import dev.codelive.platform.http.route.Schemas;
import dev.codelive.platform.server.Platform;
import dev.codelive.platform.server.ServerModule;
import dev.codelive.platform.server.StaticSite;
import java.util.Map;

/** Routes that exist only in tests: slow, failing, templated, large-body, and a static site. */
public final class TestRoutesModule implements ServerModule {

    @Override
    public void register(Platform platform) {
        platform.addRoute(Route.get("/test/slow")
                .summary("Sleeps for ?ms= milliseconds, then answers")
                .publicAccess()
                .notRateLimited()
                .responds(200, "Done")
                .handler(ctx -> {
                    Thread.sleep(Long.parseLong(ctx.queryParam("ms")));
                    ctx.json(Map.of("slept_ms", ctx.queryParam("ms")));
                }));
        platform.addRoute(Route.get("/test/boom")
                .summary("Fails with an unexpected exception")
                .publicAccess()
                .notRateLimited()
                .responds(500, "Always")
                .handler(ctx -> {
                    throw new IllegalStateException("secret internal detail");
                }));
        platform.addRoute(Route.get("/test/items/{id}")
                .summary("A templated route")
                .publicAccess()
                .notRateLimited()
                .responds(200, "The id")
                .handler(ctx -> ctx.json(Map.of("id", ctx.pathParam("id")))));
        platform.addRoute(Route.post("/test/upload")
                .summary("Accepts JSON bodies up to 1 MiB")
                .publicAccess()
                .notRateLimited()
                .maxBodyBytes(1 << 20)
                .jsonBody(Schemas.freeObject("Anything"))
                .responds(200, "Size of what was read")
                .handler(ctx -> {
                    Map<?, ?> body = platform.bodies().read(ctx, Map.class);
                    ctx.json(Map.of("keys", body.size()));
                }));
        platform.addRoute(Route.get("/test/capable")
                .summary("Obeys the 'execution' kill switch")
                .publicAccess()
                .notRateLimited()
                .capability("execution")
                .responds(200, "Ran")
                .handler(ctx -> ctx.json(Map.of("ran", true))));
        platform.addStaticSite(new StaticSite("/test-site", "/test-site"));
    }
}
