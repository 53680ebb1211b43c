package dev.codelive.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyLoaderTest {
    @TempDir
    Path dir;

    private final PolicyLoader loader = new PolicyLoader();

    private LoadedPolicy loadOverride(String yaml) throws IOException {
        Path file = dir.resolve("policy.yml");
        Files.writeString(file, yaml);
        return loader.load(Optional.of(file));
    }

    @Test
    void bundledDefaultsAreTheRepositoryPolicyFile() throws IOException {
        LoadedPolicy loaded = loader.load(Optional.empty());

        byte[] repositoryFile = Files.readAllBytes(Path.of("../config/policy.yml"));
        assertThat(loaded.sha256()).isEqualTo(PolicyLoader.sha256(repositoryFile));
        assertThat(loaded.policy().http().maxBodyBytes()).isEqualTo(256 * 1024);
        assertThat(loaded.policy().rateLimits().get("api")).isEqualTo(new RateLimitSpec(10, RateLimitSpec.Period.SECOND, 20));
        assertThat(loaded.policy().rateLimits()).containsKeys("render", "execute");
        assertThat(loaded.policy().live().maxUpdateHz()).isEqualTo(10);
        assertThat(loaded.policy().events()).isEqualTo(new Policy.EventsPolicy(1024, 65_536, 1000));
    }

    @Test
    void anOverrideFileChangesOnlyTheKeysItNames() throws IOException {
        LoadedPolicy loaded = loadOverride("""
                http:
                  max_body_bytes: 4096
                rate_limits:
                  api: { rate: 1, per: minute, burst: 3 }
                """);

        assertThat(loaded.policy().http().maxBodyBytes()).isEqualTo(4096);
        assertThat(loaded.policy().http().maxUrlLength()).isEqualTo(2048);
        assertThat(loaded.policy().rateLimits().get("api")).isEqualTo(new RateLimitSpec(1, RateLimitSpec.Period.MINUTE, 3));
        assertThat(loaded.policy().rateLimits().get("render").burst()).isEqualTo(10);
        assertThat(loaded.source()).isEqualTo(dir.resolve("policy.yml").toString());
    }

    @Test
    void unknownKeysAreNamed() {
        assertThatThrownBy(() -> loadOverride("http:\n  max_body_byte: 10\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("http.max_body_byte")
                .hasMessageContaining("unknown key");
    }

    @Test
    void outOfRangeValuesNameTheirKey() {
        assertThatThrownBy(() -> loadOverride("http:\n  max_body_bytes: 12\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("http.max_body_bytes")
                .hasMessageContaining("between 1024");
        assertThatThrownBy(() -> loadOverride("rate_limits:\n  api: { rate: 10, per: second, burst: 2 }\n"))
                .hasMessageContaining("rate_limits.api.burst");
        assertThatThrownBy(() -> loadOverride("rate_limits:\n  api: { rate: 10, per: fortnight, burst: 20 }\n"))
                .hasMessageContaining("rate_limits.api.per");
        assertThatThrownBy(() -> loadOverride("events:\n  subscriber_queue: 0\n"))
                .hasMessageContaining("events.subscriber_queue");
    }

    @Test
    void jobSettingsAreValidatedByKey() throws IOException {
        assertThat(loader.load(Optional.empty()).policy().jobs().concurrency()).isEmpty();
        assertThat(loadOverride("jobs:\n  concurrency: { music: 1, covers: 0 }\n").policy().jobs().concurrency())
                .containsEntry("music", 1).containsEntry("covers", 0);

        assertThatThrownBy(() -> loadOverride("jobs:\n  lease_seconds: 3\n  poll_interval_ms: 2000\n"))
                .as("leases are renewed on the poll tick, so it must come round within a third of a lease")
                .hasMessageContaining("jobs.poll_interval_ms");
        assertThatThrownBy(() -> loadOverride("jobs:\n  backoff_base_ms: 5000\n  backoff_max_ms: 1000\n"))
                .hasMessageContaining("jobs.backoff_max_ms");
        assertThatThrownBy(() -> loadOverride("jobs:\n  max_attempts: 0\n")).hasMessageContaining("jobs.max_attempts");
        assertThatThrownBy(() -> loadOverride("jobs:\n  concurrency: { music: 999 }\n")).hasMessageContaining("jobs.concurrency.music");
        assertThatThrownBy(() -> loadOverride("jobs:\n  concurrency: { \"Bad Queue\": 1 }\n")).hasMessageContaining("jobs.concurrency.Bad Queue");
    }

    @Test
    void wrongTypesAndBrokenYamlAreReported() {
        assertThatThrownBy(() -> loadOverride("readiness:\n  check_timeout_ms: soon\n"))
                .hasMessageContaining("readiness.check_timeout_ms");
        assertThatThrownBy(() -> loadOverride("http: [unclosed\n"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.key()).isEqualTo("POLICY_FILE"))
                .hasMessageContaining("not valid YAML");
        assertThatThrownBy(() -> loader.load(Optional.of(dir.resolve("missing.yml"))))
                .hasMessageContaining("cannot read");
    }

    @Test
    void theDigestIsOfTheOperatorsFile() throws IOException {
        String yaml = "live:\n  max_update_hz: 30\n";
        LoadedPolicy loaded = loadOverride(yaml);

        assertThat(loaded.sha256()).isEqualTo(PolicyLoader.sha256(yaml.getBytes()));
        assertThat(loaded.policy().live().maxUpdateHz()).isEqualTo(30);
    }

    /** A module's own record, as a capability module would declare it. */
    record EchoPolicy(int maxWords) {
        EchoPolicy {
            Validate.range("modules.echo.max_words", maxWords, 1, 100);
        }
    }

    @Test
    void aModuleBindsItsOwnSectionAsStrictlyAsThePlatformsOwn() throws IOException {
        Policy policy = loadOverride("modules:\n  echo:\n    max_words: 7\n").policy();
        assertThat(loader.bindModule(policy, "echo", EchoPolicy.class)).isEqualTo(new EchoPolicy(7));

        assertThatThrownBy(() -> loader.bindModule(policy, "missing", EchoPolicy.class))
                .isInstanceOf(ConfigException.class).hasMessageContaining("modules.missing").hasMessageContaining("missing section");
        assertThatThrownBy(() -> loader.bindModule(loadOverride("modules:\n  echo:\n    max_words: 7\n    max_word: 7\n").policy(), "echo", EchoPolicy.class))
                .isInstanceOf(ConfigException.class).hasMessageContaining("modules.echo.max_word").hasMessageContaining("unknown key");
        assertThatThrownBy(() -> loader.bindModule(loadOverride("modules:\n  echo:\n    max_words: 0\n").policy(), "echo", EchoPolicy.class))
                .isInstanceOf(ConfigException.class).hasMessageContaining("modules.echo.max_words").hasMessageContaining("between 1 and 100");
        assertThatThrownBy(() -> loader.bindModule(loadOverride("modules:\n  echo:\n    max_words: many\n").policy(), "echo", EchoPolicy.class))
                .isInstanceOf(ConfigException.class).hasMessageContaining("modules.echo.max_words");
    }
}
