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
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every language runs in the real sandbox: output, stdin, args, exit codes, compile errors and the build cache. */
@RequiresSandbox
class RunnerLanguagesTest {
    @TempDir
    static Path work;
    private static Runner runner;

    @BeforeAll
    static void start() {
        runner = HostSandbox.runner(HostSandbox.sandbox(), work, new RunningExecutions(), null);
    }

    private static ExecutionReport run(Language language, String code, String stdin, List<String> args) throws InterruptedException {
        return runner.run(new ExecutionOrder(language, code, stdin, args, new RunLimits(20_000, 256, 64), null), HostSandbox.UID_BASE + 1);
    }

    static Stream<Arguments> echoPrograms() {
        return Stream.of(
                Arguments.of("python", "import sys; print(sys.stdin.read().strip().upper(), sys.argv[1])"),
                Arguments.of("javascript", "const fs = require('fs'); console.log(fs.readFileSync(0, 'utf8').trim().toUpperCase(), process.argv[2])"),
                Arguments.of("typescript", "import * as fs from 'fs'; const s: string = fs.readFileSync(0, 'utf8'); console.log(s.trim().toUpperCase(), process.argv[2])"),
                Arguments.of("rust", "use std::io::Read; fn main() { let mut s = String::new(); std::io::stdin().read_to_string(&mut s).unwrap(); "
                        + "println!(\"{} {}\", s.trim().to_uppercase(), std::env::args().nth(1).unwrap()); }"),
                Arguments.of("go", "package main\nimport (\"fmt\"; \"io\"; \"os\"; \"strings\")\nfunc main() { b, _ := io.ReadAll(os.Stdin); "
                        + "fmt.Println(strings.ToUpper(strings.TrimSpace(string(b))), os.Args[1]) }"),
                Arguments.of("csharp", "class P { static void Main(string[] a) { System.Console.WriteLine(System.Console.In.ReadToEnd().Trim().ToUpper() + \" \" + a[0]); } }"));
    }

    @ParameterizedTest
    @MethodSource("echoPrograms")
    void runsTheCodeWithItsInputAndArguments(String name, String code) throws InterruptedException {
        Language language = Language.of(name).orElseThrow();
        ExecutionReport report = run(language, code, "hello sandbox\n", List.of("arg-1"));

        assertThat(report.status()).as(report.stderr()).isEqualTo(Status.OK);
        assertThat(report.stdout()).isEqualTo("HELLO SANDBOX arg-1\n");
        assertThat(report.exitCode()).hasValue(0);
        assertThat(report.buildCached()).isFalse();
        if (language.compiled()) {
            assertThat(report.compileMs()).isPresent();
            ExecutionReport again = run(language, code, "second\n", List.of("arg-2"));
            assertThat(again.stdout()).isEqualTo("SECOND arg-2\n");
            assertThat(again.buildCached()).isTrue();
            assertThat(again.compileMs()).isEmpty();
        }
    }

    static Stream<Arguments> illTypedPrograms() {
        return Stream.of(
                Arguments.of("typescript", "const x: number = 'text';"),
                Arguments.of("rust", "fn main() { let x: i32 = \"text\"; }"),
                Arguments.of("go", "package main\nfunc main() { var x int = \"text\" }"),
                Arguments.of("csharp", "class P { static void Main() { int x = \"text\"; } }"));
    }

    @ParameterizedTest
    @MethodSource("illTypedPrograms")
    void aCompileErrorReportsTheDiagnostics(String name, String code) throws InterruptedException {
        ExecutionReport report = run(Language.of(name).orElseThrow(), code, "", List.of());

        assertThat(report.status()).isEqualTo(Status.COMPILE_ERROR);
        assertThat(report.stderr()).isNotBlank();
        assertThat(report.stdout()).isEmpty();
        assertThat(report.exitCode().orElse(0)).isNotZero();
    }

    @Test
    void aCachedBuildDeletedUnderTheCacheIsBuiltAgain() throws Exception {
        String code = "package main\nimport \"fmt\"\nfunc main() { fmt.Println(\"rebuilt\") }";
        assertThat(run(Language.GO, code, "", List.of()).stdout()).isEqualTo("rebuilt\n");
        try (var files = java.nio.file.Files.walk(work)) {
            for (Path artefact : files.filter(path -> path.getFileName().toString().equals("main")
                    && path.getParent().getParent().getFileName().toString().equals("builds")).toList()) {
                java.nio.file.Files.delete(artefact);
            }
        }

        ExecutionReport again = run(Language.GO, code, "", List.of());

        assertThat(again.status()).as(again.stderr()).isEqualTo(Status.OK);
        assertThat(again.stdout()).isEqualTo("rebuilt\n");
        assertThat(again.buildCached()).isFalse();
    }

    /** Regression: each run left a zombie under the run's uid, and the 63rd run on one slot could not fork. */
    @Test
    void runsBackToBackOnOneSlotLeaveNothingBehind() throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            ExecutionReport report = run(Language.PYTHON, "pass", "", List.of());
            assertThat(report.status()).as("run %d: %s", i, report.stderr()).isEqualTo(Status.OK);
        }
    }

    @Test
    void aNonZeroExitIsARuntimeErrorWithItsCode() throws InterruptedException {
        ExecutionReport report = run(Language.PYTHON, "import sys\nprint('partial')\nsys.exit(3)", "", List.of());

        assertThat(report.status()).isEqualTo(Status.RUNTIME_ERROR);
        assertThat(report.exitCode()).hasValue(3);
        assertThat(report.stdout()).isEqualTo("partial\n");
    }

    @Test
    void anUncaughtExceptionIsARuntimeErrorWithTheTraceback() throws InterruptedException {
        ExecutionReport report = run(Language.PYTHON, "def f():\n    raise ValueError('boom')\nf()", "", List.of());

        assertThat(report.status()).isEqualTo(Status.RUNTIME_ERROR);
        assertThat(report.stderr()).contains("ValueError: boom");
    }
}
