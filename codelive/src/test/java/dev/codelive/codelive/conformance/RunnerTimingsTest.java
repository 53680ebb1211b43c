package dev.codelive.codelive.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Measures the runner on N distinct hello-world programs per target, cold (an empty cache, Go's build cache
 * included) and then cached. Run by hand: {@code -Dconformance.timings=50}.
 */
@EnabledIfSystemProperty(named = "conformance.timings", matches = "\\d+")
class RunnerTimingsTest {
    @TempDir
    Path cache;

    @ParameterizedTest
    @EnumSource(Target.class)
    void coldThenCached(Target target) {
        Toolchains.require(target);
        int count = Integer.parseInt(System.getProperty("conformance.timings"));
        List<Program> programs = IntStream.range(0, count).mapToObj(i -> new Program(target,
                hello(target, i))).toList();
        try (ProgramRunner runner = new ProgramRunner(RunnerSettings.defaults().withCacheDirectory(cache))) {
            long cold = System.nanoTime();
            List<RunResult> first = runner.runAll(programs);
            Duration coldTime = Duration.ofNanos(System.nanoTime() - cold);
            long warm = System.nanoTime();
            List<RunResult> second = runner.runAll(programs);
            Duration cachedTime = Duration.ofNanos(System.nanoTime() - warm);
            assertThat(first).allSatisfy(result -> assertThat(result.succeeded()).as(result::describe).isTrue());
            assertThat(second).allSatisfy(result -> assertThat(result.stdout()).startsWith("hello"));
            if (target != Target.SQLITE && target != Target.POSTGRES) {
                assertThat(second).allSatisfy(result -> assertThat(result.compilation().cached()).isTrue());
            }
            System.out.printf("timings %-10s %d programs, %d processes: cold %d ms, cached %d ms%n", target, count,
                    runner.settings().parallelism(), coldTime.toMillis(), cachedTime.toMillis());
        }
    }

    private static String hello(Target target, int i) {
        return switch (target) {
            case RUST -> "fn main() { println!(\"hello {}\", " + i + "); }\n";
            case TYPESCRIPT -> "const n: number = " + i + ";\nconsole.log(\"hello \" + n);\n";
            case GO -> "package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println(\"hello\", " + i + ") }\n";
            case CSHARP -> "public static class Program { public static void Main() { System.Console.WriteLine("
                    + "\"hello \" + " + i + "); } }\n";
            case SQLITE, POSTGRES -> "SELECT 'hello ' || " + i + ";\n";
        };
    }
}
