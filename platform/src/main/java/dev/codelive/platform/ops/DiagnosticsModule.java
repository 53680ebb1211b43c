package dev.codelive.platform.ops;

import static dev.codelive.platform.http.route.Schemas.freeObject;

import dev.codelive.platform.db.Database;
import dev.codelive.platform.db.IsolationInspector;
import dev.codelive.platform.health.ReadinessReport;
import dev.codelive.platform.http.route.Route;
import dev.codelive.platform.metrics.RoutePerformance;
import dev.codelive.platform.metrics.RoutePerformance.RouteStats;
import dev.codelive.platform.server.Platform;
import dev.codelive.platform.server.ServerModule;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Admin-only views of the platform's own state, for operators diagnosing a deployment. */
public final class DiagnosticsModule implements ServerModule {

    @Override
    public void register(Platform platform) {
        IsolationInspector isolation = new IsolationInspector(platform.database(), platform.ownedRows());
        RoutePerformance performance = new RoutePerformance(platform.metrics());
        platform.componentDetails().add("database", () -> Map.of(
                "vendor", platform.database().vendor().folder(), "pool", platform.database().poolStats()));
        platform.componentDetails().add("redis", () -> platform.config().redisUrl().isPresent()
                ? Map.of("configured", true)
                : Map.of("configured", false, "detail", "REDIS_URL unset: rate limits and events stay in this process"));
        platform.componentDetails().add("storage", () -> Map.of("backend", platform.blobs().describe()));
        platform.componentDetails().add("queue", () -> {
            var status = platform.jobs().status();
            return Map.of("as_of", status.asOf(), "queues", JobsModule.depth(status));
        });
        platform.componentDetails().add("flags", () -> {
            var flags = platform.flags().states();
            return Map.of("environment", platform.flags().environment(), "declared", flags.size(),
                    "overridden", flags.stream().filter(flag -> flag.override() != null).count());
        });
        platform.addRoute(diagnostic("/api/diagnostics/status",
                "Each component (database, redis, storage, queue, flags…) with its state, check latency and details",
                "{status: ok|degraded, checked_at, components: {name: {status, latency_ms, detail, ...details}}}")
                .handler(ctx -> ctx.json(status(platform))));
        platform.addRoute(diagnostic("/api/diagnostics/performance",
                "Per route since start: requests, throughput, error rate, p50/p95/p99 and max latency",
                "{since, uptime_seconds, requests, error_rate, routes: [...]}")
                .handler(ctx -> ctx.json(performance(platform, performance))));
        platform.addRoute(diagnostic("/api/diagnostics/database",
                "Migration version, pool use and a SELECT 1 round trip",
                "{vendor, location, schema, migration: {version, pending}, pool: {...}, select_1_ms}")
                .handler(ctx -> ctx.json(database(platform.database()))));
        platform.addRoute(diagnostic("/api/diagnostics/rls-policies",
                "Each user-owned table and whether the database enforces its owner policy (row-level security)",
                "{database, enforcement, scoped_role, tables: [{table, owner_column, row_level_security, policies, scoped_role_can_read, active}]}")
                .handler(ctx -> ctx.json(isolation.report())));
    }

    private static Route.Builder diagnostic(String path, String summary, String shape) {
        return Route.get(path).essential().summary(summary).tag("diagnostics").adminOnly().json(200, shape, freeObject(shape));
    }

    private static Map<String, Object> status(Platform platform) {
        ReadinessReport readiness = platform.readiness().evaluate();
        Map<String, Map<String, Object>> details = platform.componentDetails().collect();
        Map<String, Object> components = new LinkedHashMap<>();
        readiness.checks().forEach((name, outcome) -> {
            Map<String, Object> component = new LinkedHashMap<>();
            component.put("status", outcome.status());
            component.put("latency_ms", outcome.latencyMs());
            component.put("detail", outcome.detail());
            component.putAll(details.getOrDefault(name, Map.of()));
            components.put(name, component);
        });
        // Components without a readiness check (e.g. Redis when not configured) still show their details.
        details.forEach((name, detail) -> components.computeIfAbsent(name, key -> {
            Map<String, Object> component = new LinkedHashMap<>();
            component.put("status", "ok");
            component.putAll(detail);
            return component;
        }));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", readiness.ready() ? "ok" : "degraded");
        body.put("checked_at", Instant.now());
        body.put("components", components);
        return body;
    }

    private static Map<String, Object> performance(Platform platform, RoutePerformance performance) {
        Duration uptime = Duration.between(platform.startedAt(), Instant.now());
        var routes = performance.snapshot(uptime);
        long requests = routes.stream().mapToLong(RouteStats::requests).sum();
        long serverErrors = routes.stream().mapToLong(RouteStats::serverErrors).sum();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("since", platform.startedAt());
        body.put("uptime_seconds", uptime.toSeconds());
        body.put("requests", requests);
        body.put("requests_per_second", requests / Math.max(1.0, uptime.toMillis() / 1000.0));
        body.put("error_rate", requests == 0 ? 0 : (double) serverErrors / requests);
        body.put("routes", routes);
        return body;
    }

    private static Map<String, Object> database(Database database) {
        long start = System.nanoTime();
        database.check();
        double selectOneMs = (System.nanoTime() - start) / 1_000_000.0;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("vendor", database.vendor().folder());
        body.put("location", database.location());
        body.put("schema", database.schema());
        body.put("migration", database.status());
        body.put("pool", database.poolStats());
        body.put("select_1_ms", selectOneMs);
        return body;
    }
}
