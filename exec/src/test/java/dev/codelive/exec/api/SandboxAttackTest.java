package dev.codelive.exec.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.codelive.exec.testing.ExecServer;
import dev.codelive.exec.testing.RequiresSandbox;
import dev.codelive.platform.testing.Http;
import dev.codelive.platform.testing.Json;
import dev.codelive.platform.testing.TestServer;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The attacks of the issue, each as hostile code sent to the real server: each must fail, leave the host unharmed,
 * leave no process of the run alive, and leave the server serving.
 */
@RequiresSandbox
class SandboxAttackTest {
    private static final int UID_BASE = 63100;
    private static final int SLOTS = 4;
    private static TestServer server;
    private static Path dataDir;

    @BeforeAll
    static void start() throws IOException {
        dataDir = Files.createTempDirectory("exec-attack-data");
        Files.writeString(dataDir.resolve("secret.txt"), "the-server-secret");
        server = ExecServer.builder(UID_BASE, "", Map.of("MAX_CONCURRENT_EXECUTIONS", Integer.toString(SLOTS)))
                .env("DATA_DIR", dataDir.toString())
                .start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** After every attack: nothing of the run is left, and the server still runs code. */
    @AfterEach
    void theHostIsUnharmedAndTheServerKeepsServing() {
        assertThat(survivors()).as("processes of runs still alive").isEmpty();
        JsonNode health = Json.parse(Http.get(server.uri("/health")).body());
        assertThat(health.path("status").asText()).isEqualTo("ok");
        assertThat(python("print(6 * 7)", 5000).path("stdout").asText()).isEqualTo("42\n");
    }

    private static List<ProcessHandle> survivors() {
        return ProcessHandle.allProcesses().filter(process -> process.info().user().map(user -> {
            try {
                int uid = Integer.parseInt(user);
                return uid >= UID_BASE && uid <= UID_BASE + SLOTS;
            } catch (NumberFormatException e) {
                return false;
            }
        }).orElse(false)).toList();
    }

    private static JsonNode python(String code, long timeoutMs) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("language", "python");
        body.put("code", code);
        body.putObject("limits").put("timeout_ms", timeoutMs);
        HttpResponse<String> response = Http.postJson(server.uri("/api/execute"), body.toString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.parse(response.body());
    }

    @Test
    void theNetworkIsUnreachable() {
        JsonNode run = python("""
                import socket
                for host, port in [("127.0.0.1", 5432), ("127.0.0.1", 8787), ("10.0.2.2", 80), ("1.1.1.1", 53)]:
                    try:
                        socket.create_connection((host, port), timeout=1)
                        print("connected", host, port)
                    except OSError as e:
                        print("refused", host, port)
                import os
                print(sorted(os.listdir("/sys/class/net")) if os.path.exists("/sys/class/net") else "no-sys")
                """, 8000);

        assertThat(run.path("stdout").asText()).doesNotContain("connected").contains("refused 127.0.0.1 5432");
    }

    @Test
    void secretsOfTheHostCannotBeRead() {
        JsonNode run = python("""
                for path in ["/etc/shadow", "/etc/passwd", "%s/secret.txt", "/root/.bash_history", "/proc/1/root/etc/shadow"]:
                    try:
                        print(path, open(path).read()[:40])
                    except OSError as e:
                        print(path, "denied", type(e).__name__)
                """.formatted(dataDir), 5000);

        String out = run.path("stdout").asText();
        assertThat(out).doesNotContain("the-server-secret").doesNotContain("root:");
        assertThat(out).contains("/etc/shadow denied").contains("secret.txt denied");
    }

    @Test
    void nothingOutsideTmpIsWritable() {
        JsonNode run = python("""
                import os
                for path in ["/x", "/usr/x", "/etc/x", "/sandbox/x", "/home/x", "/proc/x", "/sys/x", "/dev/x", "/dev/shm/x", "/tmp/ok"]:
                    try:
                        with open(path, "w") as f:
                            f.write("x")
                        print(path, "written")
                    except OSError:
                        print(path, "denied")
                """, 5000);

        String out = run.path("stdout").asText();
        // /dev/shm is a capped tmpfs of the run's own, for POSIX shared memory.
        assertThat(out.lines().filter(line -> line.endsWith("written")).toList()).containsExactly("/dev/shm/x written", "/tmp/ok written");
    }

    @Test
    void aForkBombIsContained() {
        JsonNode run = python("""
                import os
                while True:
                    try:
                        os.fork()
                    except OSError:
                        pass
                """, 3000);

        assertThat(run.path("status").asText()).isIn("timeout", "runtime_error", "killed");
        assertThat(run.path("timings_ms").path("run").asLong()).isLessThan(15_000);
    }

    @Test
    void allocatingTenGigabytesHitsTheMemoryLimit() {
        JsonNode run = python("x = b'a' * (10 * 1024 ** 3)\nprint(len(x))", 10_000);

        assertThat(run.path("status").asText()).isIn("memory_limit", "runtime_error");
        assertThat(run.path("stdout").asText()).isEmpty();
    }

    @Test
    void anEndlessLoopTimesOut() {
        JsonNode run = python("while True:\n    pass", 1000);

        assertThat(run.path("status").asText()).isEqualTo("timeout");
        assertThat(run.path("timings_ms").path("run").asLong()).isBetween(1000L, 4000L);
    }

    @Test
    void printingAHundredMegabytesIsStoppedAtTheCap() {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("language", "python");
        body.put("code", "import sys\nchunk = 'x' * 1048576\nfor _ in range(100):\n    sys.stdout.write(chunk)\n");
        body.putObject("limits").put("output_kb", 64).put("timeout_ms", 10_000);
        JsonNode run = Json.parse(Http.postJson(server.uri("/api/execute"), body.toString()).body());

        assertThat(run.path("status").asText()).isEqualTo("output_limit");
        assertThat(run.path("truncated").path("stdout").asBoolean()).isTrue();
        assertThat(run.path("stdout").asText()).hasSize(64 * 1024);
        assertThat(run.path("timings_ms").path("run").asLong()).isLessThan(5000);
    }

    @Test
    void aDetachedChildDiesWithItsRun() throws InterruptedException {
        JsonNode run = python("""
                import subprocess
                subprocess.Popen(["sleep", "60"], start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                subprocess.Popen(["sh", "-c", "nohup sleep 60 &"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                print("parent done")
                """, 5000);

        assertThat(run.path("status").asText()).isEqualTo("ok");
        assertThat(run.path("stdout").asText()).isEqualTo("parent done\n");
        assertThat(survivors()).isEmpty();
        TimeUnit.MILLISECONDS.sleep(200);
        assertThat(survivors()).isEmpty();
    }

    @Test
    void theServersEnvironmentIsNotVisible() {
        JsonNode run = python("""
                import os, glob
                print(sorted(os.environ))
                for path in glob.glob("/proc/*/environ"):
                    try:
                        print(path, sorted(v.split("=")[0] for v in open(path).read().split("\\0") if v))
                    except OSError:
                        pass
                """, 5000);

        String out = run.path("stdout").asText();
        for (String variable : System.getenv().keySet()) {
            if (!List.of("PATH", "HOME", "LANG", "TMPDIR", "PWD", "PYTHONIOENCODING").contains(variable)) {
                assertThat(out).as("server variable %s", variable).doesNotContain("'" + variable + "'");
            }
        }
        assertThat(out).doesNotContain("ADMIN_TOKEN").doesNotContain(ExecServer.ADMIN);
    }

    @Test
    void killingEveryProcessKillsOnlyTheRun() {
        JsonNode run = python("import os, signal\nprint('before', flush=True)\nos.kill(-1, signal.SIGKILL)\nimport time\ntime.sleep(5)", 5000);

        assertThat(run.path("stdout").asText()).isEqualTo("before\n");
        assertThat(ProcessHandle.current().isAlive()).isTrue();
    }

    @Test
    void fillingTmpStopsAtItsSize() {
        JsonNode run = python("""
                import errno
                written = 0
                try:
                    for i in range(100):
                        with open(f"/tmp/fill{i}", "wb") as f:
                            f.write(b"x" * (8 * 1024 * 1024))
                        written += 8
                except OSError as e:
                    print("stopped", errno.errorcode[e.errno], written)
                """, 10_000);

        assertThat(run.path("stdout").asText()).startsWith("stopped ENOSPC");
        int writtenMb = Integer.parseInt(run.path("stdout").asText().strip().split(" ")[2]);
        assertThat(writtenMb).isLessThanOrEqualTo(64);
    }

    @Test
    void noFileDescriptorOfTheServerIsOpen() {
        JsonNode run = python("import os\nprint(sorted(int(fd) for fd in os.listdir('/proc/self/fd')))", 5000);

        assertThat(run.path("stdout").asText()).isEqualTo("[0, 1, 2, 3]\n");
    }

    @Test
    void privilegesCannotBeRegained() {
        JsonNode run = python("""
                import os
                print("uid", os.getuid(), os.geteuid())
                print("caps", [l.split()[1] for l in open("/proc/self/status") if l.startswith("CapEff")][0])
                print("nnp", [l.split()[1] for l in open("/proc/self/status") if l.startswith("NoNewPrivs")][0])
                try:
                    os.unshare(os.CLONE_NEWUSER)
                    print("unshare allowed")
                except (OSError, AttributeError) as e:
                    print("unshare refused")
                """, 5000);

        String out = run.path("stdout").asText();
        assertThat(out).contains("uid 1000 1000").contains("caps 0000000000000000").contains("nnp 1").contains("unshare refused");
    }
}
