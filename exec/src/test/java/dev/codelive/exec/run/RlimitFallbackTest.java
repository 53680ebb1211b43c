package dev.codelive.exec.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codelive.exec.language.Language;
import dev.codelive.exec.testing.HostSandbox;
import dev.codelive.exec.testing.RequiresSandbox;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On a host without cgroups, rlimits alone still bound memory and processes, and every runtime still starts. */
@RequiresSandbox
class RlimitFallbackTest {
    private static final int UID = HostSandbox.UID_BASE + 7;
    @TempDir
    static Path work;
    private static Runner runner;

    @BeforeAll
    static void start() {
        runner = HostSandbox.runner(HostSandbox.sandbox().withoutCgroups(), work, new RunningExecutions(), null);
    }

    private static ExecutionReport run(Language language, String code, long timeoutMs) throws InterruptedException {
        return runner.run(new ExecutionOrder(language, code, "", List.of(), new RunLimits(timeoutMs, 128, 64), null), UID);
    }

    @Test
    void pythonCannotAllocatePastItsAddressSpace() throws InterruptedException {
        ExecutionReport report = run(Language.PYTHON, "x = b'a' * (1024 ** 3)\nprint(len(x))", 10_000);

        assertThat(report.status()).isEqualTo(Status.RUNTIME_ERROR);
        assertThat(report.stderr()).contains("MemoryError");
        assertThat(report.memoryKb()).isEmpty();
    }

    @Test
    void aForkBombMeetsTheProcessLimit() throws InterruptedException {
        ExecutionReport report = run(Language.PYTHON, """
                import os
                children = 0
                try:
                    while True:
                        if os.fork() == 0:
                            import time
                            time.sleep(30)
                            os._exit(0)
                        children += 1
                except OSError as e:
                    print("refused after", children)
                """, 5000);

        assertThat(report.stdout()).startsWith("refused after");
        int children = Integer.parseInt(report.stdout().strip().substring("refused after ".length()));
        assertThat(children).isLessThan(HostSandbox.SHAPE.processes());
    }

    @Test
    void runtimesThatReserveAddressSpaceStillStart() throws InterruptedException {
        assertThat(run(Language.JAVASCRIPT, "console.log(6 * 7)", 10_000).stdout()).isEqualTo("42\n");
        assertThat(run(Language.GO, "package main\nimport \"fmt\"\nfunc main() { fmt.Println(6 * 7) }", 10_000).stdout()).isEqualTo("42\n");
        assertThat(run(Language.CSHARP, "class P { static void Main() { System.Console.WriteLine(6 * 7); } }", 10_000).stdout()).isEqualTo("42\n");
    }
}
