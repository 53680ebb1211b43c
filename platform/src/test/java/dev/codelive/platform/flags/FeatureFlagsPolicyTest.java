package dev.codelive.platform.flags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codelive.platform.config.ConfigException;
import dev.codelive.platform.testing.Http;
import dev.codelive.platform.testing.Json;
import dev.codelive.platform.testing.TestServer;
import org.junit.jupiter.api.Test;

/** Flags in policy.yml and from modules: how they combine, and start-up refusing bad entries with their key. */
class FeatureFlagsPolicyTest {

    @Test
    void anOperatorPolicyChangesOnlyTheKeysItNames() {
        try (TestServer server = TestServer.builder().env("FEATURE_FLAGS_ENVIRONMENT", "production")
                .policy("features: { glitch: { environments: [production] }, extra: { description: Only in this deployment, enabled: true } }")
                .start()) {
            var flags = Json.parse(Http.get(server.uri("/api/flags")).body()).path("flags");

            assertThat(flags.path("glitch").asBoolean()).as("enabled still comes from the bundled policy").isTrue();
            assertThat(flags.path("lfo").asBoolean()).as("embedded only").isFalse();
            assertThat(flags.path("extra").asBoolean()).isTrue();
            assertThat(server.platform().flags().state("glitch").orElseThrow().description()).startsWith("Glitch effects");
            assertThat(server.platform().flags().state("extra").orElseThrow().sources()).containsExactly("policy");
        }
    }

    @Test
    void theProfileIsTheEnvironmentUnlessOneIsNamed() {
        try (TestServer server = TestServer.startDefault()) {
            assertThat(server.platform().flags().environment()).isEqualTo("embedded");
            assertThat(Json.parse(Http.get(server.uri("/api/flags")).body()).path("flags").path("midi").asBoolean()).isTrue();
        }
    }

    @Test
    void badPolicyEntriesStopStartUpNamingTheKey() {
        assertThatThrownBy(() -> TestServer.builder().policy("features: { glitch: { rollout_percentage: 130 } }").start())
                .isInstanceOf(ConfigException.class).hasMessageContaining("policy features.glitch.rollout_percentage").hasMessageContaining("0 to 100");
        assertThatThrownBy(() -> TestServer.builder().policy("features: { glitch: { user_groups: [Beta Testers] } }").start())
                .isInstanceOf(ConfigException.class).hasMessageContaining("policy features.glitch.user_groups[0]");
        assertThatThrownBy(() -> TestServer.builder().policy("features: { Glitch: { enabled: true } }").start())
                .isInstanceOf(ConfigException.class).hasMessageContaining("policy features.Glitch");
        assertThatThrownBy(() -> TestServer.builder().policy("features: { glitch: { enabeld: true } }").start())
                .isInstanceOf(ConfigException.class).hasMessageContaining("features.glitch.enabeld").hasMessageContaining("unknown key");
        assertThatThrownBy(() -> TestServer.builder().policy("features: { glitch: { enabled: sometimes } }").start())
                .isInstanceOf(ConfigException.class).hasMessageContaining("features.glitch.enabled");
    }

    @Test
    void aModuleFlagDeclaredTwiceStopsStartUp() {
        assertThatThrownBy(() -> TestServer.builder()
                .module(platform -> platform.flags().declare(FlagDefinition.off("twice", "First")))
                .module(platform -> platform.flags().declare(FlagDefinition.on("twice", "Second")))
                .start())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("twice");
    }

    @Test
    void modulesMustNameAndDescribeTheirFlags() {
        assertThatThrownBy(() -> FlagDefinition.on("Bad Name", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FlagDefinition.on("fine", " ")).isInstanceOf(IllegalArgumentException.class);
    }
}
