package dev.codelive.app;

import static net.logstash.logback.argument.StructuredArguments.kv;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import dev.codelive.platform.config.ConfigException;
import dev.codelive.platform.config.Environment;
import dev.codelive.platform.config.LoadedPolicy;
import dev.codelive.platform.config.PolicyLoader;
import dev.codelive.platform.config.ServerConfig;
import dev.codelive.platform.health.DependencyUnavailableException;
import dev.codelive.platform.server.HttpServer;
import dev.codelive.platform.server.Platform;
import dev.codelive.platform.server.ServerModule;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code codelive serve}: validates configuration, starts the server, and stops it gracefully on SIGTERM. */
final class ServeCommand {
    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);
    static final int CONFIG_ERROR = 78; // EX_CONFIG from sysexits.h
    static final int UNAVAILABLE = 69; // EX_UNAVAILABLE: a required service (the database) is down

    private final Map<String, String> env;
    private final PrintStream err;
    private final List<ServerModule> modules;

    ServeCommand(Map<String, String> env, PrintStream err, List<ServerModule> modules) {
        this.env = env;
        this.err = err;
        this.modules = List.copyOf(modules);
    }

    int run() {
        ServerConfig config;
        LoadedPolicy policy;
        try {
            config = ServerConfig.from(new Environment(env));
            policy = new PolicyLoader().load(config.policyFile());
            prepareDataDir(config.dataDir());
        } catch (ConfigException e) {
            LOG.error("invalid configuration", kv("key", e.key()), kv("problem", e.getMessage()));
            err.println("codelive: invalid configuration: " + e.getMessage());
            return CONFIG_ERROR;
        }
        setLogLevel(config.logLevel());

        String version = Version.current();
        Platform platform;
        HttpServer server;
        try {
            platform = Platform.create(config, policy, version);
            server = new HttpServer(platform, modules).start();
        } catch (ConfigException e) {
            // Some settings (ADMIN_PASSWORD's strength) can only be judged once the platform is up.
            LOG.error("invalid configuration", kv("key", e.key()), kv("problem", e.getMessage()));
            err.println("codelive: invalid configuration: " + e.getMessage());
            return CONFIG_ERROR;
        } catch (DependencyUnavailableException e) {
            // Fail fast, like the database: a replica without Redis would keep rate limits and events to itself.
            LOG.error(e.dependency() + " unavailable", kv("dependency", e.dependency()), kv("problem", e.getMessage()));
            err.println("codelive: " + e.dependency() + " unavailable: " + e.getMessage());
            return UNAVAILABLE;
        } catch (RuntimeException e) {
            LOG.error("start-up failed", e);
            err.println("codelive: start-up failed: " + e.getMessage());
            return 1;
        }
        // Registered before "started" is announced, so a SIGTERM that follows the announcement always drains.
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("shutdown").unstarted(() -> {
            LOG.info("stopping", kv("drain_seconds", config.shutdownDrain().toSeconds()));
            try {
                server.stop();
            } catch (RuntimeException e) {
                LOG.error("stop failed", e);
            } finally {
                stopped.countDown();
                // Logback installs no hook of its own here; flush it last so the final lines are not lost.
                ((LoggerContext) LoggerFactory.getILoggerFactory()).stop();
            }
        }));
        Map<String, String> parts = new TreeMap<>();
        parts.put("database", platform.database().vendor().folder());
        parts.put("rate_limits", platform.rateLimiter().storeKind());
        parts.put("events", platform.events().kind());
        parts.put("storage", platform.blobs().describe());
        LOG.info("started",
                kv("version", version),
                kv("profile", config.profile()),
                kv("parts", parts),
                kv("port", server.port()),
                kv("data_dir", config.dataDir().toString()),
                kv("policy_source", policy.source()),
                kv("policy_sha256", policy.sha256()),
                kv("schema_version", platform.schema().version()));

        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private static void prepareDataDir(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (Exception e) {
            throw new ConfigException("DATA_DIR", "cannot create " + dataDir + " (" + e.getMessage() + ")");
        }
        if (!Files.isWritable(dataDir)) {
            throw new ConfigException("DATA_DIR", dataDir + " is not writable");
        }
    }

    private static void setLogLevel(String level) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.toLevel(level));
    }
}
