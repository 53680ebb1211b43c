package dev.codelive.platform.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codelive.platform.admin.Modes;
import dev.codelive.platform.audit.AuditLog;
import dev.codelive.platform.auth.AdminBootstrap;
import dev.codelive.platform.auth.PasswordHasher;
import dev.codelive.platform.auth.TokenStore;
import dev.codelive.platform.auth.UserStore;
import dev.codelive.platform.config.LoadedPolicy;
import dev.codelive.platform.config.Policy;
import dev.codelive.platform.config.ServerConfig;
import dev.codelive.platform.db.Database;
import dev.codelive.platform.db.MigrationStatus;
import dev.codelive.platform.health.CheckResult;
import dev.codelive.platform.health.Readiness;
import dev.codelive.platform.http.JsonBodies;
import dev.codelive.platform.http.ProblemWriter;
import dev.codelive.platform.http.route.Route;
import dev.codelive.platform.http.route.RouteRegistry;
import dev.codelive.platform.json.JsonMappers;
import dev.codelive.platform.metrics.HttpMetrics;
import dev.codelive.platform.metrics.MetricsRegistry;
import dev.codelive.platform.ratelimit.BucketStore;
import dev.codelive.platform.settings.Settings;
import dev.codelive.platform.ratelimit.LocalBucketStore;
import dev.codelive.platform.ratelimit.RateLimiter;
import dev.codelive.platform.ratelimit.RedisBucketStore;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The shared services every module builds on, created once per process from configuration. Modules receive it in
 * {@link ServerModule#register} and add their routes, checks, warm-ups and rate classes to it.
 */
public final class Platform implements AutoCloseable {
    private final ServerConfig config;
    private final LoadedPolicy policy;
    private final String version;
    private final ObjectMapper json;
    private final ProblemWriter problems;
    private final PrometheusMeterRegistry metrics;
    private final HttpMetrics httpMetrics;
    private final JsonBodies bodies;
    private final RateLimiter rateLimiter;
    private final Readiness readiness;
    private final Database database;
    private final MigrationStatus schema;
    private final PasswordHasher passwords = new PasswordHasher();
    private final UserStore users;
    private final TokenStore tokens;
    private final AuditLog audit;
    private final Modes modes;
    private final RouteRegistry routes = new RouteRegistry();
    private final List<StaticSite> staticSites = new ArrayList<>();
    private final Resources resources = new Resources();

    private Platform(ServerConfig config, LoadedPolicy policy, String version, Optional<String> redisNamespace) {
        this.config = config;
        this.policy = policy;
        this.version = version;
        Policy.HttpPolicy http = policy.policy().http();
        this.json = JsonMappers.api(http.json());
        this.problems = new ProblemWriter(json);
        this.metrics = MetricsRegistry.prometheus();
        resources.register("metrics registry", metrics::close);
        this.httpMetrics = new HttpMetrics(metrics);
        this.bodies = new JsonBodies(json, httpMetrics, http.maxBodyBytes());
        this.readiness = new Readiness(Duration.ofMillis(policy.policy().readiness().checkTimeoutMs()));
        try {
            this.database = resources.register("database", Database.open(config.database(), metrics));
            // Before any request: every replica serves only a schema it knows, and Flyway's lock serialises them.
            this.schema = database.migrate();
            readiness.addCheck("database", database::check);
            this.users = new UserStore(database.jdbi());
            this.tokens = new TokenStore(database.jdbi());
            this.audit = new AuditLog(database.jdbi());
            this.modes = new Modes(new Settings(database.jdbi()));
            AdminBootstrap.apply(config.admin(), users, tokens, passwords, audit);
            this.rateLimiter = new RateLimiter(bucketStore(redisNamespace.orElse("codelive")), policy.policy().rateLimits());
        } catch (RuntimeException e) {
            resources.close();
            throw e;
        }
    }

    /** Opens the platform's pools for {@code config}; close it to release them. */
    public static Platform create(ServerConfig config, LoadedPolicy policy, String version) {
        return new Platform(config, policy, version, Optional.empty());
    }

    /** As {@link #create}, with Redis keys under {@code redisNamespace} (isolates test runs sharing one Redis). */
    public static Platform create(ServerConfig config, LoadedPolicy policy, String version, String redisNamespace) {
        return new Platform(config, policy, version, Optional.of(redisNamespace));
    }

    private BucketStore bucketStore(String namespace) {
        Optional<URI> redisUrl = config.redisUrl();
        if (redisUrl.isEmpty()) {
            // Idle buckets may be forgotten only once they would have refilled: a day covers the longest period.
            return resources.register("rate-limit buckets", new LocalBucketStore(Duration.ofDays(1).plusMinutes(1), 1_000_000));
        }
        RedisClient client = resources.register("redis client", RedisClient.create(RedisURI.create(redisUrl.get())));
        client.setOptions(ClientOptions.builder()
                .timeoutOptions(TimeoutOptions.enabled(Duration.ofSeconds(2)))
                .build());
        StatefulRedisConnection<String, byte[]> connection;
        try {
            connection = client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot connect to Redis at " + redisUrl.get().getHost() + ":" + redisUrl.get().getPort()
                    + " (REDIS_URL): " + e.getMessage(), e);
        }
        resources.register("redis connection", connection);
        readiness.addCheck("redis", () -> "PONG".equals(connection.sync().ping())
                ? CheckResult.ok() : CheckResult.failing("unexpected answer to PING"));
        return resources.register("rate-limit buckets", new RedisBucketStore(connection, namespace));
    }

    public void addRoute(Route route) {
        routes.add(route);
    }

    public void addStaticSite(StaticSite site) {
        staticSites.add(site);
    }

    /** Registers something to close at shutdown, after the server has stopped taking requests. */
    public <T extends AutoCloseable> T closeOnShutdown(String name, T closeable) {
        return resources.register(name, closeable);
    }

    public ServerConfig config() {
        return config;
    }

    public LoadedPolicy loadedPolicy() {
        return policy;
    }

    public Policy policy() {
        return policy.policy();
    }

    public String version() {
        return version;
    }

    public ObjectMapper json() {
        return json;
    }

    public ProblemWriter problems() {
        return problems;
    }

    public PrometheusMeterRegistry metrics() {
        return metrics;
    }

    public HttpMetrics httpMetrics() {
        return httpMetrics;
    }

    public JsonBodies bodies() {
        return bodies;
    }

    public RateLimiter rateLimiter() {
        return rateLimiter;
    }

    public Readiness readiness() {
        return readiness;
    }

    public Database database() {
        return database;
    }

    public UserStore users() {
        return users;
    }

    public TokenStore tokens() {
        return tokens;
    }

    public Modes modes() {
        return modes;
    }

    public AuditLog audit() {
        return audit;
    }

    public PasswordHasher passwords() {
        return passwords;
    }

    /** The schema version after start-up migrations. */
    public MigrationStatus schema() {
        return schema;
    }

    public List<Route> routes() {
        return routes.routes();
    }

    public List<StaticSite> staticSites() {
        return List.copyOf(staticSites);
    }

    @Override
    public void close() {
        resources.close();
    }
}
