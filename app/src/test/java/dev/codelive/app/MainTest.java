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

    @Test
    void migrateBringsTheSchemaUpToDateAndStatusReportsIt() throws Exception {
        Map<String, String> env = Map.of("DATA_DIR", java.nio.file.Files.createTempDirectory("codelive-migrate").toString());

        assertThat(run(env, "migrate", "--status")).isZero();
        java.util.regex.Matcher pending = java.util.regex.Pattern.compile("schema version none, (\\d+) pending")
                .matcher(out.toString(StandardCharsets.UTF_8));
        assertThat(pending.find()).as(out.toString(StandardCharsets.UTF_8)).isTrue();
        int migrations = Integer.parseInt(pending.group(1));
        assertThat(migrations).isPositive();
        out.reset();
        assertThat(run(env, "migrate")).isZero();
        java.util.regex.Matcher applied = java.util.regex.Pattern.compile("schema version (\\d+), " + migrations + " applied")
                .matcher(out.toString(StandardCharsets.UTF_8));
        assertThat(applied.find()).as(out.toString(StandardCharsets.UTF_8)).isTrue();
        // Numbers used only by another engine's migrations (PostgreSQL-only ones) are skipped here.
        String version = applied.group(1);
        assertThat(Integer.parseInt(version)).isGreaterThanOrEqualTo(migrations);
        out.reset();
        assertThat(run(env, "migrate")).as("idempotent").isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("schema version " + version + ", 0 applied");
        out.reset();
        assertThat(run(env, "migrate", "--status")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("schema version " + version + ", 0 pending");
    }

    @Test
    void aDatabaseThatIsDownAtStartIsAClearExit() {
        Map<String, String> env = Map.of("PORT", "0", "DATABASE_URL", "postgresql://studio:hunter2@127.0.0.1:1/codelive", "DATABASE_TIMEOUT", "1");

        assertThat(run(env, "serve")).isEqualTo(ServeCommand.UNAVAILABLE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("database unavailable", "127.0.0.1:1/codelive").doesNotContain("hunter2");
        assertThat(run(env, "migrate")).isEqualTo(ServeCommand.UNAVAILABLE);
    }

    @Test
    void redisThatIsDownAtStartIsAClearExitToo() throws Exception {
        Map<String, String> env = Map.of("PORT", "0", "DATA_DIR", java.nio.file.Files.createTempDirectory("codelive-redis").toString(),
                "REDIS_URL", "redis://:hunter2@127.0.0.1:1");

        assertThat(run(env, "serve")).isEqualTo(ServeCommand.UNAVAILABLE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("redis unavailable", "127.0.0.1:1", "REDIS_URL").doesNotContain("hunter2");
    }

    @Test
    void aWeakAdminPasswordIsAConfigurationError() throws Exception {
        Map<String, String> env = Map.of("PORT", "0", "DATA_DIR", java.nio.file.Files.createTempDirectory("codelive-admin").toString(),
                "ADMIN_EMAIL", "boss@example.com", "ADMIN_PASSWORD", "zzzzzzzzzzzzzzzz");

        assertThat(run(env, "serve")).isEqualTo(ServeCommand.CONFIG_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("ADMIN_PASSWORD", "fewer than 5 different characters").doesNotContain("zzzzzzzzzzzzzzzz");
    }
}
