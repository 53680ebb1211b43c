package dev.codelive.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerConfigTest {

    private static ServerConfig config(Map<String, String> env) {
        return ServerConfig.from(new Environment(env));
    }

    @Test
    void defaultsAreTheEmbeddedProfileOnPort8787() {
        ServerConfig config = config(Map.of());

        assertThat(config.port()).isEqualTo(8787);
        assertThat(config.dataDir().getFileName()).hasToString("data");
        assertThat(config.profile()).isEqualTo("embedded");
        assertThat(config.shutdownDrain()).isEqualTo(Duration.ofSeconds(25));
        assertThat(config.corsOrigins()).isEmpty();
        assertThat(config.logLevel()).isEqualTo("INFO");
    }

    @Test
    void workerConcurrencyDefaultsToTwoAndAllowsNone() {
        assertThat(config(Map.of()).workerConcurrency()).isEqualTo(2);
        assertThat(config(Map.of("WORKER_CONCURRENCY", "0")).workerConcurrency()).isZero();
        assertThatThrownBy(() -> config(Map.of("WORKER_CONCURRENCY", "-1"))).hasMessageContaining("WORKER_CONCURRENCY");
        assertThatThrownBy(() -> config(Map.of("WORKER_CONCURRENCY", "many"))).hasMessageContaining("WORKER_CONCURRENCY");
    }

    @Test
    void blankVariablesMeanDefault() {
        assertThat(config(Map.of("PORT", "  ")).port()).isEqualTo(8787);
    }

    @Test
    void portMustBeANumberInRange() {
        assertThatThrownBy(() -> config(Map.of("PORT", "eighty")))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.key()).isEqualTo("PORT"))
                .hasMessageContaining("whole number");
        assertThatThrownBy(() -> config(Map.of("PORT", "70000")))
                .hasMessageContaining("PORT").hasMessageContaining("between 0 and 65535");
    }

    @Test
    void corsRefusesWildcardsAndNonOrigins() {
        assertThatThrownBy(() -> config(Map.of("CORS_ORIGINS", "*")))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.key()).isEqualTo("CORS_ORIGINS"));
        assertThatThrownBy(() -> config(Map.of("CORS_ORIGINS", "https://ok.example, https://bad.example/path")))
                .hasMessageContaining("https://bad.example/path");
        assertThatThrownBy(() -> config(Map.of("CORS_ORIGINS", "ftp://files.example")))
                .hasMessageContaining("not an origin");
        assertThat(config(Map.of("CORS_ORIGINS", "https://Studio.Example:8443, http://localhost:5173")).corsOrigins())
                .containsExactly("https://studio.example:8443", "http://localhost:5173");
    }

    @Test
    void trustedProxiesMustBeAddressesOrBlocks() {
        assertThat(config(Map.of("TRUSTED_PROXIES", "10.0.0.0/8, 127.0.0.1, ::1")).trustedProxies()).hasSize(3);
        assertThatThrownBy(() -> config(Map.of("TRUSTED_PROXIES", "proxy.internal")))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.key()).isEqualTo("TRUSTED_PROXIES"));
    }

    @Test
    void redisUrlSelectsTheProductionProfileAndNeverPrintsItsPassword() {
        ServerConfig config = config(Map.of("REDIS_URL", "redis://:hunter2@cache.internal:6379/0"));

        assertThat(config.profile()).isEqualTo("production");
        assertThat(config.toString()).doesNotContain("hunter2");
        assertThatThrownBy(() -> config(Map.of("REDIS_URL", "http://cache")))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.key()).isEqualTo("REDIS_URL"));
    }

    @Test
    void logLevelIsValidated() {
        assertThat(config(Map.of("LOG_LEVEL", "debug")).logLevel()).isEqualTo("DEBUG");
        assertThatThrownBy(() -> config(Map.of("LOG_LEVEL", "verbose")))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.key()).isEqualTo("LOG_LEVEL"));
    }

    @Test
    void cspSourcesMustBeSingleExpressions() {
        assertThat(config(Map.of("CSP_CONNECT_SRC", "wss://live.example")).cspConnectSources()).containsExactly("wss://live.example");
        assertThatThrownBy(() -> config(Map.of("CSP_CONNECT_SRC", "https://a.example; script-src *")))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.key()).isEqualTo("CSP_CONNECT_SRC"));
    }

    @Test
    void adminSettingsAreValidatedAndNeverPrinted() {
        assertThatThrownBy(() -> config(Map.of("ADMIN_PASSWORD", "long enough password")))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.key()).isEqualTo("ADMIN_PASSWORD"));
        assertThatThrownBy(() -> config(Map.of("ADMIN_TOKEN", "short")))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.key()).isEqualTo("ADMIN_TOKEN"));
        ServerConfig.AdminSettings admin = config(Map.of("ADMIN_EMAIL", "boss@example.com", "ADMIN_PASSWORD", "long enough password",
                "ADMIN_TOKEN", "t".repeat(40))).admin();
        assertThat(admin.toString()).doesNotContain("long enough password", "tttt");
    }

    @Test
    void featureFlagsAreCachedFiveMinutesForTheProfileUnlessToldOtherwise() {
        ServerConfig defaults = config(Map.of());
        assertThat(defaults.featureFlags().cacheTtl()).isEqualTo(Duration.ofSeconds(300));
        assertThat(defaults.flagEnvironment()).isEqualTo("embedded");
        assertThat(config(Map.of("REDIS_URL", "redis://cache:6379")).flagEnvironment()).isEqualTo("production");

        ServerConfig staging = config(Map.of("FEATURE_FLAGS_CACHE_TTL", "30", "FEATURE_FLAGS_ENVIRONMENT", "staging"));
        assertThat(staging.featureFlags().cacheTtl()).isEqualTo(Duration.ofSeconds(30));
        assertThat(staging.flagEnvironment()).isEqualTo("staging");

        assertThatThrownBy(() -> config(Map.of("FEATURE_FLAGS_CACHE_TTL", "0")))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.key()).isEqualTo("FEATURE_FLAGS_CACHE_TTL"));
        assertThatThrownBy(() -> config(Map.of("FEATURE_FLAGS_CACHE_TTL", "5m"))).hasMessageContaining("whole number");
        assertThatThrownBy(() -> config(Map.of("FEATURE_FLAGS_ENVIRONMENT", "Production")))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.key()).isEqualTo("FEATURE_FLAGS_ENVIRONMENT"));
    }
}
