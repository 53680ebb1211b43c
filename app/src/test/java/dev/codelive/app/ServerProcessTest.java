package dev.codelive.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codelive.platform.testing.Http;
import dev.codelive.platform.testing.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real server as a separate process, as an operator runs it: its logs, its signals, the smoke checks. */
class ServerProcessTest {
    static final String CORS_ORIGIN = "http://allowed.example";
    static final Path POLICY = Path.of("../config/policy.yml").toAbsolutePath().normalize();

    static Process process;
    static final List<String> stdout = new CopyOnWriteArrayList<>();
    static int port;

    @BeforeAll
    static void start() throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command("serve"));
        builder.environment().putAll(Map.of(
                "PORT", "0",
                "HOST", "127.0.0.1",
                "DATA_DIR", Files.createTempDirectory("codelive-process").toString(),
                "POLICY_FILE", POLICY.toString(),
                "CORS_ORIGINS", CORS_ORIGIN,
                "LOG_LEVEL", "INFO"));
        builder.environment().remove("REDIS_URL");
        builder.redirectErrorStream(true);
        process = builder.start();
        Thread.ofVirtual().start(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                reader.lines().forEach(stdout::add);
            } catch (IOException ignored) {
                // the process ended
            }
        });
        await().atMost(Duration.ofSeconds(30)).until(() -> bootLine() != null);
        port = bootLine().path("port").asInt();
    }

    @AfterAll
    static void stop() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }

    /** The command that runs the app as an operator would, with the production logging configuration. */
    static List<String> command(String... args) {
        return command(Main.class, args);
    }

    /** As {@link #command(String...)}, entering through {@code main}, e.g. one that adds test-only modules. */
    static List<String> command(Class<?> main, String... args) {
        String java = ProcessHandle.current().info().command().orElse("java");
        // The test classpath also holds logback-test.xml (from the platform's test jar); point at the real one.
        Path logback = Path.of("target/classes/logback.xml").toAbsolutePath();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-Dlogback.configurationFile=" + logback,
                "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        return command;
    }

    static JsonNode bootLine() {
        return stdout.stream().filter(line -> line.contains("\"msg\":\"started\"")).findFirst().map(Json::parse).orElse(null);
    }

    static java.net.URI uri(String path) {
        return java.net.URI.create("http://127.0.0.1:" + port + path);
    }

    @Test
    void bootLogsOneJsonLineWithVersionProfileAndPolicyDigest() throws Exception {
        JsonNode boot = bootLine();
        String expectedDigest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(POLICY)));

        assertThat(boot.path("version").asText()).isNotBlank().isNotEqualTo("unknown");
        assertThat(boot.path("profile").asText()).isEqualTo("embedded");
        assertThat(boot.path("policy_sha256").asText()).isEqualTo(expectedDigest);
        assertThat(boot.path("parts").path("rate_limits").asText()).isEqualTo("memory");
        assertThat(boot.path("parts").path("database").asText()).isEqualTo("h2");
        assertThat(boot.path("parts").path("events").asText()).isEqualTo("local");
        assertThat(boot.path("schema_version").asText()).matches("[1-9][0-9]*");
        assertThat(boot.path("level").asText()).isEqualTo("INFO");
        assertThat(boot.has("ts")).isTrue();
    }

    @Test
    void everyLogLineIsJsonAndEachRequestGetsOneAccessLine() {
        Http.get(uri("/api/missing"), "X-Request-Id", "process-log-check");

        await().atMost(Duration.ofSeconds(5)).until(() -> stdout.stream().anyMatch(line -> line.contains("process-log-check")));
        List<JsonNode> access = stdout.stream().filter(line -> line.contains("process-log-check")).map(Json::parse).toList();

        assertThat(access).hasSize(1);
        JsonNode line = access.getFirst();
        assertThat(line.path("msg").asText()).isEqualTo("GET /api/missing 404");
        assertThat(line.path("level").asText()).isEqualTo("INFO");
        assertThat(line.path("route").asText()).isEqualTo("unmatched");
        assertThat(line.path("method").asText()).isEqualTo("GET");
        assertThat(line.path("status").asInt()).isEqualTo(404);
        assertThat(line.path("latency_ms").isNumber()).isTrue();
        assertThat(stdout).allSatisfy(logLine -> assertThat(Json.parse(logLine).has("msg")).isTrue());
    }

    /** Runs the smoke script against {@code url}; returns its exit code and output. */
    static Map.Entry<Integer, String> smoke(String url, Map<String, String> env) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", "../scripts/regression_smoke.sh", url).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process smoke = builder.start();
        String output = new String(smoke.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(smoke.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return Map.entry(smoke.exitValue(), output);
    }

    @Test
    void theSmokeScriptPasses() throws Exception {
        var result = smoke("http://127.0.0.1:" + port, Map.of());

        assertThat(result.getKey()).as(result.getValue()).isZero();
        assertThat(result.getValue()).contains("✅").doesNotContain("❌");
    }

    @Test
    void theSmokeScriptChecksTheAllowedOriginToo() throws Exception {
        var result = smoke("http://127.0.0.1:" + port, Map.of("SMOKE_CORS_ORIGIN", CORS_ORIGIN));

        assertThat(result.getKey()).as(result.getValue()).isZero();
        assertThat(result.getValue()).contains("is allowed").doesNotContain("⏭");
    }

    @Test
    void theSmokeScriptFailsAgainstAServerThatIsNotThere() throws Exception {
        var result = smoke("http://127.0.0.1:1", Map.of());

        assertThat(result.getKey()).isEqualTo(1);
        assertThat(result.getValue()).contains("❌");
    }

    @Test
    void sigtermStopsGracefullyAndFlushesTheLastLines() throws Exception {
        // Its own process: the shared one must outlive the other tests, whatever order JUnit picks.
        ProcessBuilder builder = new ProcessBuilder(command()).redirectErrorStream(true);
        builder.environment().putAll(Map.of("PORT", "0", "HOST", "127.0.0.1",
                "DATA_DIR", Files.createTempDirectory("codelive-sigterm").toString()));
        Process own = builder.start();
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread reader = Thread.ofVirtual().start(() -> new BufferedReader(new InputStreamReader(own.getInputStream(), StandardCharsets.UTF_8))
                .lines().forEach(lines::add));
        await().atMost(Duration.ofSeconds(30)).until(() -> lines.stream().anyMatch(line -> line.contains("\"msg\":\"started\"")));

        // Not Process.destroy(): it also closes our end of the child's stdout, losing the very lines we check.
        new ProcessBuilder("kill", "-TERM", Long.toString(own.pid())).start().waitFor();

        assertThat(own.waitFor(30, TimeUnit.SECONDS)).isTrue();
        reader.join(Duration.ofSeconds(5));
        assertThat(own.exitValue()).isEqualTo(143);
        assertThat(lines).anyMatch(line -> line.contains("\"msg\":\"stopping\""));
        assertThat(lines).anyMatch(line -> line.contains("server stopped in"));
    }
}
