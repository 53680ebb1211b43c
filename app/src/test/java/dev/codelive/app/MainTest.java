package dev.codelive.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Map<String, String> env, String... args) {
        return Main.run(args, env, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void helpListsTheCommands() {
        assertThat(run(Map.of(), "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("serve", "version", "help");
    }

    @Test
    void versionComesFromTheBuild() {
        assertThat(run(Map.of(), "version")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("codelive ").doesNotContain("unknown").doesNotContain("${");
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        assertThat(run(Map.of(), "frobnicate")).isEqualTo(64);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown command: frobnicate", "Usage");
    }

    @Test
    void invalidConfigurationStopsStartUpNamingTheKey() {
        assertThat(run(Map.of("PORT", "not-a-port"), "serve")).isEqualTo(ServeCommand.CONFIG_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("PORT").contains("whole number");
    }

    @Test
    void anInvalidPolicyStopsStartUpNamingTheKey() throws Exception {
        java.nio.file.Path policy = java.nio.file.Files.createTempFile("policy", ".yml");
        java.nio.file.Files.writeString(policy, "http:\n  max_body_bytes: -5\n");

        assertThat(run(Map.of("POLICY_FILE", policy.toString(), "PORT", "0"), "serve")).isEqualTo(ServeCommand.CONFIG_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("http.max_body_bytes");
    }
}
