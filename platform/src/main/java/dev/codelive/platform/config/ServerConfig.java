package dev.codelive.platform.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jetty.util.InetAddressSet;

/**
 * Process-level settings read from environment variables; everything tunable per deployment lives in {@link Policy}.
 *
 * @param host interface to bind
 * @param port TCP port; 0 picks a free one (tests)
 * @param dataDir directory for embedded data
 * @param policyFile an explicit policy file, else the bundled default
 * @param corsOrigins exact origins allowed cross-origin access
 * @param trustedProxies addresses or CIDR blocks whose forwarding headers are believed
 * @param cspConnectSources extra {@code connect-src} sources for the Content-Security-Policy
 * @param redisUrl shared Redis for replicas; absent means in-process state
 * @param shutdownDrain how long in-flight requests may run after SIGTERM
 * @param logLevel root log level
 * @param database the database and its pool
 * @param admin the first admin, if the operator asked for one
 * @param workerConcurrency job workers per queue on this replica, unless the policy names the queue; 0 runs none
 * @param featureFlags how feature flags are cached and which environment they are evaluated for
 * @param s3 S3-compatible blob storage; absent means files under {@code DATA_DIR/blobs}
 * @param backup the daily backup
 */
public record ServerConfig(
        String host,
        int port,
        Path dataDir,
        Optional<Path> policyFile,
        List<String> corsOrigins,
        List<String> trustedProxies,
        List<String> cspConnectSources,
        Optional<URI> redisUrl,
        Duration shutdownDrain,
        String logLevel,
        DatabaseSettings database,
        AdminSettings admin,
        int workerConcurrency,
        FeatureFlagSettings featureFlags,
        Optional<S3Settings> s3,
        BackupSettings backup) {

    private static final Set<String> LOG_LEVELS = Set.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR");

    public ServerConfig {
        corsOrigins = List.copyOf(corsOrigins);
        trustedProxies = List.copyOf(trustedProxies);
        cspConnectSources = List.copyOf(cspConnectSources);
    }

    /** Reads and validates every variable; the first problem found stops start-up. */
    public static ServerConfig from(Environment env) {
        Path dataDir = env.path("DATA_DIR", "./data");
        return new ServerConfig(
                env.string("HOST", "0.0.0.0"),
                env.integer("PORT", 8787, 0, 65535),
                dataDir,
                env.string("POLICY_FILE").map(raw -> env.path("POLICY_FILE", raw)),
                origins(env.list("CORS_ORIGINS")),
                proxies(env.list("TRUSTED_PROXIES")),
                connectSources(env.list("CSP_CONNECT_SRC")),
                env.string("REDIS_URL").map(ServerConfig::redisUrl),
                env.seconds("SHUTDOWN_DRAIN_SECONDS", Duration.ofSeconds(25), 0, 600),
                logLevel(env.string("LOG_LEVEL", "INFO")),
                new DatabaseSettings(
                        env.string("DATABASE_URL").map(DatabaseUrl::parse).orElseGet(() -> DatabaseUrl.embedded(dataDir)),
                        env.integer("DATABASE_POOL_SIZE", 10, 2, 200),
                        env.seconds("DATABASE_TIMEOUT", Duration.ofSeconds(5), 1, 120),
                        schema(env.string("DATABASE_SCHEMA", "public"))),
                AdminSettings.from(env),
                env.integer("WORKER_CONCURRENCY", 2, 0, 256),
                FeatureFlagSettings.from(env),
                S3Settings.from(env),
                BackupSettings.from(env));
    }

    /** Never prints the Redis URL: it may carry a password. */
    @Override
    public String toString() {
        return "ServerConfig[host=%s, port=%d, dataDir=%s, profile=%s]".formatted(host, port, dataDir, profile());
    }

    /** "production" when any shared backing part is configured, else "embedded". */
    public String profile() {
        return redisUrl.isPresent() || s3.isPresent() || database.url().vendor() != DatabaseUrl.Vendor.H2 ? "production" : "embedded";
    }

    /** The environment feature flags are evaluated for: {@code FEATURE_FLAGS_ENVIRONMENT}, else the {@link #profile()}. */
    public String flagEnvironment() {
        return featureFlags.environment().orElseGet(this::profile);
    }

    /**
     * @param url where the database is
     * @param poolSize most connections this replica holds
     * @param timeout longest wait for a connection (and for the database at start-up)
     * @param schema the schema holding the tables
     */
    public record DatabaseSettings(DatabaseUrl url, int poolSize, Duration timeout, String schema) {}

    /**
     * The first admin, from {@code ADMIN_EMAIL} + {@code ADMIN_PASSWORD} and/or {@code ADMIN_TOKEN}; never a default.
     * Password rules are checked where passwords are hashed, so that they are stated in one place.
     */
    public record AdminSettings(Optional<String> email, Optional<String> password, Optional<String> token) {
        private static final java.util.regex.Pattern TOKEN = java.util.regex.Pattern.compile("[A-Za-z0-9_-]{32,200}");

        static AdminSettings from(Environment env) {
            Optional<String> email = env.string("ADMIN_EMAIL");
            Optional<String> password = env.string("ADMIN_PASSWORD");
            Optional<String> token = env.string("ADMIN_TOKEN");
            if (password.isPresent() && email.isEmpty()) {
                throw new ConfigException("ADMIN_PASSWORD", "needs ADMIN_EMAIL to say whose password it is");
            }
            if (token.isPresent() && !TOKEN.matcher(token.get()).matches()) {
                throw new ConfigException("ADMIN_TOKEN", "must be 32 to 200 characters of A-Z, a-z, 0-9, '_' and '-'");
            }
            return new AdminSettings(email, password, token);
        }

        /** Never prints the password or the token. */
        @Override
        public String toString() {
            return "AdminSettings[email=" + email.orElse("-") + "]";
        }
    }

    /**
     * @param cacheTtl longest a replica serves feature flag overrides before re-reading them, when no change event
     *     reaches it ({@code FEATURE_FLAGS_CACHE_TTL})
     * @param environment the name that flags' {@code environments} lists are matched against
     *     ({@code FEATURE_FLAGS_ENVIRONMENT}); absent means the profile
     */
    public record FeatureFlagSettings(Duration cacheTtl, Optional<String> environment) {
        /** What an environment name may look like, here and in flags' {@code environments} lists. */
        public static final java.util.regex.Pattern ENVIRONMENT_NAME = java.util.regex.Pattern.compile("[a-z0-9_-]{1,30}");

        static FeatureFlagSettings from(Environment env) {
            Optional<String> environment = env.string("FEATURE_FLAGS_ENVIRONMENT");
            if (environment.isPresent() && !ENVIRONMENT_NAME.matcher(environment.get()).matches()) {
                throw new ConfigException("FEATURE_FLAGS_ENVIRONMENT", "expected 1-30 characters of a-z, 0-9, '_' and '-', got '" + environment.get() + "'");
            }
            return new FeatureFlagSettings(env.seconds("FEATURE_FLAGS_CACHE_TTL", Duration.ofSeconds(300), 1, 86_400), environment);
        }
    }

    private static String schema(String raw) {
        if (!raw.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new ConfigException("DATABASE_SCHEMA", "expected a lower-case SQL identifier, got '" + raw + "'");
        }
        return raw;
    }

    private static List<String> origins(List<String> raw) {
        for (String origin : raw) {
            if (origin.equals("*")) {
                throw new ConfigException("CORS_ORIGINS", "'*' is not allowed; list each origin, e.g. https://studio.example.com");
            }
            if (!isOrigin(origin)) {
                throw new ConfigException("CORS_ORIGINS", "'" + origin + "' is not an origin (scheme://host[:port], no path)");
            }
        }
        return raw.stream().map(origin -> origin.toLowerCase(Locale.ROOT)).toList();
    }

    private static boolean isOrigin(String candidate) {
        try {
            URI uri = new URI(candidate);
            boolean webScheme = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
            boolean bare = (uri.getRawPath() == null || uri.getRawPath().isEmpty()) && uri.getRawQuery() == null && uri.getRawFragment() == null;
            return webScheme && uri.getHost() != null && uri.getUserInfo() == null && bare;
        } catch (Exception e) {
            return false;
        }
    }

    private static List<String> proxies(List<String> raw) {
        for (String pattern : raw) {
            try {
                new InetAddressSet().add(pattern);
            } catch (RuntimeException e) {
                throw new ConfigException("TRUSTED_PROXIES", "'" + pattern + "' is not an IP address or CIDR block");
            }
        }
        return raw;
    }

    private static List<String> connectSources(List<String> raw) {
        for (String source : raw) {
            if (source.contains(";") || source.contains("'") || source.contains(" ")) {
                throw new ConfigException("CSP_CONNECT_SRC", "'" + source + "' is not a single CSP source expression");
            }
        }
        return raw;
    }

    private static URI redisUrl(String raw) {
        try {
            URI uri = new URI(raw);
            if (!"redis".equals(uri.getScheme()) && !"rediss".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new ConfigException("REDIS_URL", "expected redis://host:port[/db] or rediss://…");
            }
            return uri;
        } catch (java.net.URISyntaxException e) {
            throw new ConfigException("REDIS_URL", "not a valid URL");
        }
    }

    private static String logLevel(String raw) {
        String level = raw.toUpperCase(Locale.ROOT);
        if (!LOG_LEVELS.contains(level)) {
            throw new ConfigException("LOG_LEVEL", "expected one of TRACE, DEBUG, INFO, WARN, ERROR, got '" + raw + "'");
        }
        return level;
    }
}
