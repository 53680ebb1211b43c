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
import dev.codelive.platform.db.OwnedRows;
import dev.codelive.platform.events.EventBus;
import dev.codelive.platform.events.LocalEventBus;
import dev.codelive.platform.events.RedisEventBus;
import dev.codelive.platform.flags.FeatureFlags;
import dev.codelive.platform.health.CheckResult;
import dev.codelive.platform.health.ComponentDetails;
import dev.codelive.platform.health.DependencyUnavailableException;
import dev.codelive.platform.health.Readiness;
import dev.codelive.platform.http.JsonBodies;
import dev.codelive.platform.http.ProblemWriter;
import dev.codelive.platform.http.route.Route;
import dev.codelive.platform.http.route.RouteRegistry;
import dev.codelive.platform.jobs.JobQueue;
import dev.codelive.platform.json.JsonMappers;
import dev.codelive.platform.metrics.HttpMetrics;
import dev.codelive.platform.metrics.MetricsRegistry;
import dev.codelive.platform.ratelimit.BucketStore;
import dev.codelive.platform.settings.Settings;
import dev.codelive.platform.storage.BlobStore;
import dev.codelive.platform.storage.BlobStores;
import dev.codelive.platform.storage.MeteredBlobStore;
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
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import io.lettuce.core.resource.DefaultClientResources;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

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
    private final OwnedRows ownedRows;
    private final UserStore users;
    private final TokenStore tokens;
    private final AuditLog audit;
    private final EventBus events;
    private final Modes modes;
    private final JobQueue jobs;
    private final FeatureFlags flags;
    private final Settings settings;
    private final BlobStore blobs;
    private final RouteRegistry routes = new RouteRegistry();
    private final Services services = new Services();
    private final List<StaticSite> staticSites = new ArrayList<>();
    private final Resources resources = new Resources();
    private final ComponentDetails componentDetails = new ComponentDetails();
    private final Instant startedAt = Instant.now();

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
            String namespace = redisNamespace.orElse("codelive");
            Optional<ClientResources> redis = redisResources();
            this.events = resources.register("event bus", eventBus(redis, namespace));
            this.users = new UserStore(database.jdbi());
            this.ownedRows = new OwnedRows(database);
            ownedRows.declare(TokenStore.OWNED_TABLE);
            this.tokens = new TokenStore(database.jdbi(), ownedRows);
            this.audit = new AuditLog(database.jdbi());
            this.settings = new Settings(database.jdbi(), database.vendor());
            this.modes = new Modes(settings, events);
            this.flags = new FeatureFlags(settings, events, json, policy.policy().features(), config.flagEnvironment(),
                    config.featureFlags().cacheTtl());
            AdminBootstrap.apply(config.admin(), users, tokens, passwords, audit);
            this.blobs = resources.register("blob store", new MeteredBlobStore(BlobStores.open(config), metrics));
            readiness.addCheck("storage", () -> {
                blobs.checkWritable();
                return CheckResult.ok();
            });
            // Closed before the database (resources close in reverse), so running jobs can still record their end.
            this.jobs = resources.register("job queue", new JobQueue(database.jdbi(), ownedRows, json, policy.policy().jobs(),
                    config.workerConcurrency(), config.shutdownDrain(), metrics, Clock.systemUTC()));
            jobs.start();
            this.rateLimiter = new RateLimiter(bucketStore(redis, namespace), policy.policy().rateLimits());
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

    /** Event loops and reconnect timing shared by every Redis connection of the process; empty without REDIS_URL. */
    private Optional<ClientResources> redisResources() {
        if (config.redisUrl().isEmpty()) {
            return Optional.empty();
        }
        // Capped so that a replica is back in touch within seconds of Redis returning, not after Lettuce's default 30 s.
        ClientResources shared = DefaultClientResources.builder()
                .reconnectDelay(Delay.exponential(Duration.ofMillis(100), Duration.ofSeconds(5), 2, TimeUnit.MILLISECONDS))
                .build();
        resources.register("redis client resources", () -> shared.shutdown(0, 2, TimeUnit.SECONDS).await(3, TimeUnit.SECONDS));
        return Optional.of(shared);
    }

    private EventBus eventBus(Optional<ClientResources> redis, String namespace) {
        if (redis.isEmpty()) {
            return new LocalEventBus(json, policy.policy().events(), metrics);
        }
        try {
            return RedisEventBus.connect(redis.get(), RedisURI.create(config.redisUrl().orElseThrow()), namespace, json, policy.policy().events(), metrics);
        } catch (RuntimeException e) {
            throw redisUnreachable(e);
        }
    }

    private BucketStore bucketStore(Optional<ClientResources> redis, String namespace) {
        if (redis.isEmpty()) {
            // Idle buckets may be forgotten only once they would have refilled: a day covers the longest period.
            return resources.register("rate-limit buckets", new LocalBucketStore(Duration.ofDays(1).plusMinutes(1), 1_000_000));
        }
        RedisClient client = resources.register("redis client", RedisClient.create(redis.get(), RedisURI.create(config.redisUrl().orElseThrow())));
        client.setOptions(ClientOptions.builder()
                .timeoutOptions(TimeoutOptions.enabled(Duration.ofSeconds(2)))
                .build());
        StatefulRedisConnection<String, byte[]> connection;
        try {
            connection = client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
        } catch (RuntimeException e) {
            throw redisUnreachable(e);
        }
        resources.register("redis connection", connection);
        readiness.addCheck("redis", () -> "PONG".equals(connection.sync().ping())
                ? CheckResult.ok() : CheckResult.failing("unexpected answer to PING"));
        return resources.register("rate-limit buckets", new RedisBucketStore(connection, namespace));
    }

    private DependencyUnavailableException redisUnreachable(RuntimeException e) {
        URI url = config.redisUrl().orElseThrow();
        return new DependencyUnavailableException("redis", "cannot connect to Redis at " + url.getHost() + ":" + url.getPort() + " (REDIS_URL): " + e.getMessage(), e);
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

    /** The default path to user-owned rows; modules declare their owned tables to it. */
    public OwnedRows ownedRows() {
        return ownedRows;
    }

    public UserStore users() {
        return users;
    }

    public TokenStore tokens() {
        return tokens;
    }

    /** Publish/subscribe between modules, and between replicas when REDIS_URL is set. */
    public EventBus events() {
        return events;
    }

    public Modes modes() {
        return modes;
    }

    /** The durable job queue: modules enqueue work and register the handlers of their queues. */
    public JobQueue jobs() {
        return jobs;
    }

    /** Named values shared by every replica ({@code platform_settings}). */
    public Settings settings() {
        return settings;
    }

    /** Feature flags: modules declare theirs in {@link ServerModule#register} and ask whether they are on. */
    public FeatureFlags flags() {
        return flags;
    }

    /** Blob storage: files under {@code DATA_DIR/blobs}, or the S3 bucket of {@code S3_*}. */
    public BlobStore blobs() {
        return blobs;
    }

    /** What capabilities offer one another, by interface. */
    public Services services() {
        return services;
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

    /** Operator-facing details per component, for the admin status diagnostics. */
    public ComponentDetails componentDetails() {
        return componentDetails;
    }

    /** When this process's platform was created; the window for "since start" figures. */
    public Instant startedAt() {
        return startedAt;
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
