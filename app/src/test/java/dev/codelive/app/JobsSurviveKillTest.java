package dev.codelive.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codelive.platform.testing.DemoJobsModule;
import dev.codelive.platform.testing.JobApi;
import dev.codelive.platform.testing.Json;
import dev.codelive.platform.testing.ServerOnEachDatabase;
import dev.codelive.platform.testing.TestDatabase;
import dev.codelive.platform.testing.TestDatabase.Kind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Jobs survive {@code kill -9}: the real server as its own process, killed mid-job with SIGKILL (no shutdown hook,
 * no drain), then started again on the same database. The job it was running and the job it had just accepted
 * both complete. Not a {@link ServerOnEachDatabase}: the servers here are processes, not in this JVM.
 */
@ParameterizedClass
@EnumSource(Kind.class)
class JobsSurviveKillTest {
    private final Kind kind;
    private final List<Process> processes = new CopyOnWriteArrayList<>();
    private TestDatabase database;

    JobsSurviveKillTest(Kind kind) {
        this.kind = kind;
    }

    @AfterEach
    void stop() throws InterruptedException {
        for (Process process : processes) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void jobsAcceptedBeforeKillNineCompleteAfterRestart() throws Exception {
        database = TestDatabase.create(kind);
        Path policy = Files.createTempFile("jobs-kill-policy", ".yml");
        Files.writeString(policy, DemoJobsModule.POLICY);

        Server first = start(policy);
        JobApi user = JobApi.signUp(first.baseUrl());
        String running = user.enqueue("{\"payload\":{\"steps\":30,\"sleep_ms\":3000,\"echo\":\"long\"}}");
        user.awaitState(running, "RUNNING");
        // One worker, busy: this one is accepted (202) but not started when the process dies right after.
        String accepted = user.enqueue("{\"payload\":{\"echo\":\"accepted\"}}");
        kill(first.process());
        assertThat(first.process().waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(first.process().exitValue()).as("killed by SIGKILL").isEqualTo(137);

        Server second = start(policy);
        JobApi again = new JobApi(second.baseUrl(), user.token());
        JsonNode resumed = again.awaitState(running, "COMPLETE", Duration.ofSeconds(60));
        JsonNode queued = again.awaitState(accepted, "COMPLETE", Duration.ofSeconds(30));

        assertThat(resumed.path("attempts").asInt()).as("the killed attempt counts").isEqualTo(2);
        assertThat(resumed.path("result").path("echo").asText()).isEqualTo("long");
        assertThat(queued.path("attempts").asInt()).isEqualTo(1);
        assertThat(queued.path("result").path("echo").asText()).isEqualTo("accepted");
        assertThat(second.lines()).anyMatch(line -> line.contains("stopped renewing the lease") && line.contains(running));
    }

    /** A server process, its output, and where it listens. */
    private record Server(Process process, List<String> lines, String baseUrl) {}

    private Server start(Path policy) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(ServerProcessTest.command(ServeWithDemoJobs.class)).redirectErrorStream(true);
        builder.environment().remove("REDIS_URL");
        builder.environment().remove("DATABASE_URL");
        builder.environment().putAll(database.env());
        builder.environment().putAll(Map.of("PORT", "0", "HOST", "127.0.0.1", "POLICY_FILE", policy.toString(), "WORKER_CONCURRENCY", "1"));
        Process process = builder.start();
        processes.add(process);
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread.ofVirtual().start(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                reader.lines().forEach(lines::add);
            } catch (IOException ignored) {
                // the process ended
            }
        });
        await().atMost(Duration.ofSeconds(60)).until(() -> bootLine(lines) != null || !process.isAlive());
        assertThat(process.isAlive()).as("server start: %s", lines).isTrue();
        return new Server(process, lines, "http://127.0.0.1:" + bootLine(lines).path("port").asInt());
    }

    private static JsonNode bootLine(List<String> lines) {
        return lines.stream().filter(line -> line.contains("\"msg\":\"started\"")).findFirst().map(Json::parse).orElse(null);
    }

    private static void kill(Process process) throws Exception {
        Process kill = new ProcessBuilder("kill", "-KILL", Long.toString(process.pid())).start();
        assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(kill.exitValue()).isZero();
    }
}
