package dev.codelive.codelive.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The process layer on plain POSIX commands, which every machine has. */
class ProcessesTest {
    @TempDir
    Path directory;

    private final Processes processes = new Processes(1000);

    @Test
    void capturesOutputErrorAndExitCode() {
        Processes.Completed completed = processes.run(List.of("sh", "-c", "cat; echo oops >&2; exit 3"), directory,
                Map.of(), "from stdin\n", Duration.ofSeconds(30));
        assertThat(completed.stdout()).isEqualTo("from stdin\n");
        assertThat(completed.stderr()).isEqualTo("oops\n");
        assertThat(completed.exitCode()).isEqualTo(3);
        assertThat(completed.timedOut()).isFalse();
        assertThat(completed.succeeded()).isFalse();
    }

    @Test
    void aTimeoutKillsTheWholeProcessTree() {
        long started = System.nanoTime();
        Processes.Completed completed = processes.run(List.of("sh", "-c", "sleep 300 & echo $!; sleep 300"),
                directory, Map.of(), "", Duration.ofMillis(500));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        assertThat(completed.timedOut()).isTrue();
        assertThat(completed.exitCode()).isEqualTo(-1);
        long grandchild = Long.parseLong(completed.stdout().strip());
        assertThat(diesWithin(grandchild, Duration.ofSeconds(5))).as("the background sleep started by the command")
                .isTrue();
    }

    /** SIGKILL is delivered, and the orphan reaped, asynchronously: poll rather than look once. */
    private static boolean diesWithin(long pid, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                return true;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    @Test
    void outputPastTheLimitIsCutAndFlagged() {
        Processes.Completed completed = processes.run(List.of("head", "-c", "100000", "/dev/zero"), directory,
                Map.of(), "", Duration.ofSeconds(30));
        assertThat(completed.stdout()).hasSize(1000);
        assertThat(completed.truncated()).isTrue();
        assertThat(completed.exitCode()).isZero();
    }

    @Test
    void aMissingCommandIsAFailedRunNotACrash() {
        Processes.Completed completed = processes.run(List.of("/nonexistent/compiler"), directory, Map.of(), "",
                Duration.ofSeconds(30));
        assertThat(completed.exitCode()).isNotZero();
        assertThat(completed.output()).isNotBlank();
    }

    @Test
    void aCommandThatIgnoresItsInputStillTimesOut() {
        String input = "x".repeat(1 << 20);
        Processes.Completed completed = processes.run(List.of("sleep", "300"), directory, Map.of(), input,
                Duration.ofMillis(500));
        assertThat(completed.timedOut()).isTrue();
    }
}
