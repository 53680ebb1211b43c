package dev.codelive.platform.ops;

import static dev.codelive.platform.http.route.Schemas.constant;
import static dev.codelive.platform.http.route.Schemas.freeObject;
import static dev.codelive.platform.http.route.Schemas.object;

import dev.codelive.platform.health.ReadinessReport;
import dev.codelive.platform.http.Problem;
import dev.codelive.platform.http.ProblemException;
import dev.codelive.platform.http.ProblemType;
import dev.codelive.platform.http.route.Route;
import dev.codelive.platform.openapi.OpenApiDocument;
import dev.codelive.platform.server.Platform;
import dev.codelive.platform.server.ServerModule;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/** The operational endpoints: liveness, readiness, Prometheus metrics and the API reference. */
public final class OperationsModule implements ServerModule {
    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    @Override
    public void register(Platform platform) {
        platform.addRoute(Route.get("/health")
                .summary("Liveness: the process is up (touches no dependency)")
                .tag("operations")
                .publicAccess()
                .essential()
                .notRateLimited()
                .json(200, "Alive", object(Map.of("status", constant("ok")), List.of("status")))
                .handler(ctx -> ctx.json(Map.of("status", "ok"))));
        platform.addRoute(Route.get("/ready")
                .summary("Readiness: warm-up done and every dependency check passing")
                .tag("operations")
                .publicAccess()
                .essential()
                .notRateLimited()
                .json(200, "Ready to take traffic", object(Map.of(
                        "status", constant("ready"),
                        "checks", freeObject("Outcome by check name")), List.of("status", "checks")))
                .responds(503, "Not ready; the problem names the failing checks", "application/problem+json")
                .handler(ctx -> ready(platform, ctx)));
        platform.addRoute(Route.get("/metrics")
                .summary("Prometheus metrics: RED per route template, JVM, threads, rate-limit and body rejections")
                .tag("operations")
                .publicAccess()
                .essential()
                .notRateLimited()
                .responds(200, "Prometheus text exposition format", PROMETHEUS_TEXT)
                .handler(ctx -> ctx.contentType(PROMETHEUS_TEXT).header("Cache-Control", "no-store").result(platform.metrics().scrape())));
        platform.addRoute(Route.get("/openapi.json")
                .summary("This API reference (OpenAPI 3.1)")
                .tag("operations")
                .publicAccess()
                .essential()
                .notRateLimited()
                .json(200, "OpenAPI document", freeObject("OpenAPI 3.1 document"))
                .handler(ctx -> ctx.json(OpenApiDocument.build(platform.version(), platform.routes()))));
    }

    private static void ready(Platform platform, Context ctx) {
        ReadinessReport report = platform.readiness().evaluate();
        if (report.ready()) {
            ctx.json(Map.of("status", "ready", "checks", report.checks()));
            return;
        }
        Problem problem = Problem.of(ProblemType.NOT_READY, "not ready: " + String.join(", ", report.failing()))
                .withExtension("checks", report.checks());
        throw new ProblemException(problem, Map.of("Retry-After", "5"));
    }
}
