package dev.codelive.codelive.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codelive.codelive.knobs.SqlDialect;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The runner on every target with small hand-written programs ({@link Samples}), each on a fresh cache. */
class ProgramRunnerTest {
    private static final Duration RUN_TIMEOUT = Duration.ofSeconds(3);

    @TempDir
    Path cache;

    private ProgramRunner runner;

    @BeforeEach
    void start() {
        runner = new ProgramRunner(RunnerSettings.defaults().withCacheDirectory(cache)
                .withTimeouts(Duration.ofSeconds(120), RUN_TIMEOUT));
    }

    @AfterEach
    void stop() {
        runner.close();
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void helloWorldCompilesAndPrints(Target target) {
        Toolchains.require(target);
        RunResult result = runner.run(target, Samples.of(target).hello());
        assertThat(result.succeeded()).as(result::describe).isTrue();
        assertThat(result.stdout()).isEqualTo(Samples.HELLO_OUTPUT);
        assertThat(result.compilation().cached()).isFalse();
        assertThat(result.execution().orElseThrow().duration()).isPositive();
    }

    @ParameterizedTest
    @EnumSource(value = Target.class, names = {"RUST", "TYPESCRIPT", "GO", "CSHARP"})
    void aCompileErrorIsReportedAndNothingRuns(Target target) {
        Toolchains.require(target);
        RunResult result = runner.run(target, Samples.of(target).rejected());
        assertThat(result.compilation().ok()).as(result::describe).isFalse();
        assertThat(result.compilation().timedOut()).isFalse();
        String sourceFile = ((CompiledToolchain) Toolchain.of(target, ToolLocator.local(), cache,
                PostgresConnection.local())).sourceFile();
        assertThat(result.compilation().diagnostics()).as("points into the program, without the batch's folder")
                .containsPattern("(?m)(^|[ >])" + sourceFile.replace(".", "\\.") + "[:(]");
        assertThat(result.execution()).isEmpty();
        assertThat(result.succeeded()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = Target.class, names = {"SQLITE", "POSTGRES"})
    void aSqlSyntaxErrorFailsTheRun(Target target) {
        Toolchains.require(target);
        RunResult result = runner.run(target, Samples.of(target).rejected());
        RunResult.Execution run = result.execution().orElseThrow();
        assertThat(run.exitCode()).as(result::describe).isNotZero();
        assertThat(run.stderr()).containsIgnoringCase("syntax error");
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aRuntimeFailureIsANonZeroExit(Target target) {
        Toolchains.require(target);
        RunResult result = runner.run(target, Samples.of(target).crashing());
        assertThat(result.compilation().ok()).as(result::describe).isTrue();
        RunResult.Execution run = result.execution().orElseThrow();
        assertThat(run.timedOut()).isFalse();
        assertThat(run.exitCode()).as(result::describe).isNotZero();
        assertThat(run.stderr()).isNotBlank();
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void anEndlessProgramIsKilledAtTheTimeout(Target target) {
        Toolchains.require(target);
        RunResult result = runner.run(target, Samples.of(target).endless());
        assertThat(result.compilation().ok()).as(result::describe).isTrue();
        RunResult.Execution run = result.execution().orElseThrow();
        assertThat(run.timedOut()).as(result::describe).isTrue();
        assertThat(run.duration()).isBetween(RUN_TIMEOUT, RUN_TIMEOUT.plusSeconds(10));
        assertThat(result.succeeded()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = Target.class, names = {"RUST", "TYPESCRIPT", "GO", "CSHARP"})
    void aSecondRunTakesTheBuildFromTheCache(Target target) {
        Toolchains.require(target);
        String source = Samples.of(target).hello();
        assertThat(runner.run(target, source).compilation().cached()).isFalse();
        RunResult again = runner.run(target, source);
        assertThat(again.compilation().cached()).isTrue();
        assertThat(again.compilation().duration()).isZero();
        assertThat(again.stdout()).isEqualTo(Samples.HELLO_OUTPUT);
        try (ProgramRunner another = new ProgramRunner(runner.settings())) {
            assertThat(another.run(target, source).compilation().cached()).as("a new runner on the same cache")
                    .isTrue();
        }
        assertThat(runner.run(target, source + "\n").compilation().cached()).as("a changed source").isFalse();
        RunResult rejected = runner.run(target, Samples.of(target).rejected());
        RunResult rejectedAgain = runner.run(target, Samples.of(target).rejected());
        assertThat(rejectedAgain.compilation().cached()).as("a failed build is cached too").isTrue();
        assertThat(rejectedAgain.compilation().diagnostics()).isEqualTo(rejected.compilation().diagnostics());
    }

    /** Batched targets compile these in one invocation; each program still gets its own result and diagnostics. */
    @ParameterizedTest
    @EnumSource(Target.class)
    void manyProgramsAtOnceKeepTheirOwnResults(Target target) {
        Toolchains.require(target);
        Samples samples = Samples.of(target);
        List<Program> programs = new ArrayList<>();
        IntStream.range(0, 12).forEach(i -> programs.add(new Program(target, numbered(target, i))));
        programs.add(new Program(target, samples.rejected()));
        programs.add(new Program(target, numbered(target, 3)));
        List<RunResult> results = runner.runAll(programs);
        for (int i = 0; i < 12; i++) {
            RunResult result = results.get(i);
            assertThat(result.succeeded()).as(result::describe).isTrue();
            assertThat(result.stdout()).isEqualTo("program " + i + "\n");
            assertThat(result.program()).isSameAs(programs.get(i));
        }
        assertThat(results.get(12).succeeded()).isFalse();
        assertThat(results.get(13).stdout()).isEqualTo("program 3\n");
    }

    @ParameterizedTest
    @EnumSource(value = Target.class, names = {"RUST", "TYPESCRIPT", "GO", "CSHARP"})
    void prebuiltProgramsRunFromTheCache(Target target) {
        Toolchains.require(target);
        List<Program> programs = IntStream.range(0, 5).mapToObj(i -> new Program(target, numbered(target, i)))
                .toList();
        runner.prebuild(programs);
        for (int i = 0; i < programs.size(); i++) {
            RunResult result = runner.run(target, programs.get(i).source());
            assertThat(result.compilation().cached()).isTrue();
            assertThat(result.stdout()).isEqualTo("program " + i + "\n");
        }
    }

    @Test
    void postgresProgramsRunInTheirOwnSchemas() {
        Toolchains.require(Target.POSTGRES);
        String program = """
                CREATE TABLE numbers (n integer);
                INSERT INTO numbers SELECT generate_series(1, 4);
                SELECT sum(n) FROM numbers;
                """;
        List<RunResult> results = runner.runAll(List.of(new Program(Target.POSTGRES, program),
                new Program(Target.POSTGRES, program), new Program(Target.POSTGRES, program)));
        assertThat(results).allSatisfy(result -> {
            assertThat(result.succeeded()).as(result::describe).isTrue();
            assertThat(result.stdout()).isEqualTo("10\n");
        });
        RunResult leftovers = runner.run(Target.POSTGRES, "SELECT count(*) FROM information_schema.schemata "
                + "WHERE schema_name LIKE 'conformance%' AND schema_name <> current_schema();");
        assertThat(leftovers.stdout()).as("schemas of finished programs are dropped").isEqualTo("0\n");
    }

    @Test
    void aTargetWithoutAToolchainIsAClearError() {
        assertThat(Target.of("sql", SqlDialect.POSTGRES)).isEqualTo(Target.POSTGRES);
        assertThat(Target.of("ts", SqlDialect.POSTGRES)).isEqualTo(Target.TYPESCRIPT);
        assertThatThrownBy(() -> Target.of("julia", SqlDialect.SQLITE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("JuliaSyntax");
    }

    private static String numbered(Target target, int i) {
        String text = "program " + i;
        return switch (target) {
            case RUST -> "fn main() { println!(\"" + text + "\"); }\n";
            case TYPESCRIPT -> "const text: string = \"" + text + "\";\nconsole.log(text);\n";
            case GO -> "package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println(\"" + text + "\") }\n";
            case CSHARP -> "public static class Program { public static void Main() { System.Console.WriteLine(\""
                    + text + "\"); } }\n";
            case SQLITE, POSTGRES -> "SELECT '" + text + "';\n";
        };
    }
}
