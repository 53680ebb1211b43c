package dev.codelive.platform.testing;

import dev.codelive.platform.PlatformModules;
import dev.codelive.platform.config.Environment;
import dev.codelive.platform.config.PolicyLoader;
import dev.codelive.platform.config.ServerConfig;
import dev.codelive.platform.server.HttpServer;
import dev.codelive.platform.server.Platform;
import dev.codelive.platform.server.ServerModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A real server on an ephemeral loopback port, configured like production through environment and policy. */
public final class TestServer implements AutoCloseable {
    private final Platform platform;
    private final HttpServer server;
    private boolean stopped;

    private TestServer(Platform platform, HttpServer server) {
        this.platform = platform;
        this.server = server;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The operations, echo, auth, admin and jobs modules on the default policy. */
    public static TestServer startDefault() {
        return builder().start();
    }

    public URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + port() + pathAndQuery);
    }

    public int port() {
        return server.port();
    }

    public Platform platform() {
        return platform;
    }

    public HttpServer server() {
        return server;
    }

    /** Graceful stop, as on SIGTERM. */
    public synchronized void stop() {
        if (!stopped) {
            stopped = true;
            server.stop();
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** Options for a test server. */
    public static final class Builder {
        private final Map<String, String> env = new HashMap<>();
        private final List<ServerModule> modules = new ArrayList<>(PlatformModules.all());
        private String policyOverride;
        private String redisNamespace = "test-" + UUID.randomUUID();

        private Builder() {
            env.put("HOST", "127.0.0.1");
            env.put("PORT", "0");
            env.put("SHUTDOWN_DRAIN_SECONDS", "10");
        }

        public Builder env(String key, String value) {
            env.put(key, value);
            return this;
        }

        public Builder env(Map<String, String> variables) {
            env.putAll(variables);
            return this;
        }

        /** YAML merged over the bundled policy, e.g. {@code rate_limits: {api: {rate: 1, per: minute, burst: 3}}}. */
        public Builder policy(String yaml) {
            this.policyOverride = yaml;
            return this;
        }

        /** Lifts every rate limit, for tests that send many requests and are not about rate limiting. */
        public Builder unthrottled() {
            String unlimited = "{ rate: 1000000, per: second, burst: 1000000 }";
            return policy("rate_limits: { api: %s, render: %s, execute: %s, login: %s, login_account: %s, signup: %s }"
                    .formatted(unlimited, unlimited, unlimited, unlimited, unlimited, unlimited));
        }

        public Builder module(ServerModule module) {
            modules.add(module);
            return this;
        }

        /** Shares rate-limit buckets with other servers built with the same namespace and REDIS_URL. */
        public Builder redisNamespace(String namespace) {
            this.redisNamespace = namespace;
            return this;
        }

        public TestServer start() {
            try {
                Path dataDir = Files.createTempDirectory("codelive-test-data");
                env.putIfAbsent("DATA_DIR", dataDir.toString());
                if (policyOverride != null) {
                    Path policyFile = Files.createTempFile("policy", ".yml");
                    Files.writeString(policyFile, policyOverride);
                    env.put("POLICY_FILE", policyFile.toString());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ServerConfig config = ServerConfig.from(new Environment(env));
            Platform platform = Platform.create(config, new PolicyLoader().load(config.policyFile()), "test", redisNamespace);
            try {
                HttpServer server = new HttpServer(platform, modules).start();
                return new TestServer(platform, server);
            } catch (RuntimeException e) {
                platform.close();
                throw e;
            }
        }
    }
}
