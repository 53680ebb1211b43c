package dev.codelive.codelive.backend.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codelive.codelive.backend.BackendCorpus;
import dev.codelive.codelive.backend.BackendRefusal;
import dev.codelive.codelive.backend.ConformanceTally;
import dev.codelive.codelive.backend.ConformanceTally.Outcome;
import dev.codelive.codelive.conformance.ProgramRunner;
import dev.codelive.codelive.conformance.RunResult;
import dev.codelive.codelive.conformance.Target;
import dev.codelive.codelive.conformance.Toolchains;
import dev.codelive.codelive.ir.Program;
import dev.codelive.codelive.knobs.Knobs;
import dev.codelive.codelive.knobs.SqlDialect;
import dev.codelive.codelive.syntax.SourceProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Renders every corpus snippet for each SQL dialect, runs the script with the real sqlite3 / psql and compares its
 * output with CPython's, byte for byte. Refusals pass but are listed in the summary printed at the end; a script
 * that fails or prints anything else fails.
 */
class SqlConformanceTest {
    private static final SqlBackend BACKEND = new SqlBackend();

    @TestFactory
    Stream<DynamicTest> sqlite() {
        return conformance(SqlDialect.SQLITE, Target.SQLITE, Program.IntWidth.I64);
    }

    @TestFactory
    Stream<DynamicTest> postgres() {
        return conformance(SqlDialect.POSTGRES, Target.POSTGRES, Program.IntWidth.BIG);
    }

    /** One rendering to check: the snippet, its width, and the script. */
    private record Case(String name, Program.IntWidth width, String expected, String source) {}

    private Stream<DynamicTest> conformance(SqlDialect dialect, Target target, Program.IntWidth widest) {
        Toolchains.require(target);
        ConformanceTally tally = new ConformanceTally("sql/" + dialect.knob());
        Knobs knobs = new Knobs(false, 4, false, Set.of(), dialect);
        List<Case> cases = new ArrayList<>();
        List<DynamicTest> tests = new ArrayList<>();
        List<BackendCorpus.Snippet> snippets = BackendCorpus.all();
        BackendCorpus.prefetch(snippets, widest);
        for (BackendCorpus.Snippet snippet : snippets) {
            Optional<String> expected = snippet.expectedStdout();
            if (expected.isEmpty()) {
                tally.record(snippet.name(), Outcome.NOT_ANALYSED, "CPython raises");
                continue;
            }
            List<Program.IntWidth> widths = snippet.widths(expected.get(), widest);
            if (widths.isEmpty()) {
                tally.record(snippet.name(), Outcome.REFUSED, "needs ints wider than " + widest + " (the backend refuses them)");
            }
            for (Program.IntWidth width : widths) {
                String name = snippet.name() + " [" + width + "]";
                Program program;
                try {
                    program = snippet.analyze(width);
                } catch (SourceProblem problem) {
                    tally.record(name, Outcome.NOT_ANALYSED, problem.getMessage());
                    continue;
                }
                try {
                    String source = BACKEND.generate(program, knobs).source();
                    if (!source.equals(BACKEND.generate(program, knobs).source())) {
                        tally.record(name, Outcome.FAILED, "rendering twice gave different scripts");
                        tests.add(DynamicTest.dynamicTest(name + " (determinism)", () -> assertThat(BACKEND.generate(program, knobs).source())
                                .as("rendering twice").isEqualTo(source)));
                        continue;
                    }
                    cases.add(new Case(name, width, expected.get(), source));
                } catch (BackendRefusal refusal) {
                    tally.record(name, Outcome.REFUSED, refusal.getMessage());
                }
            }
        }
        List<RunResult> results;
        try (ProgramRunner runner = ProgramRunner.withDefaults()) {
            results = runner.runAll(cases.stream().map(c -> new dev.codelive.codelive.conformance.Program(target, c.source())).toList());
        }
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            RunResult result = results.get(i);
            boolean correct = result.succeeded() && result.stdout().equals(c.expected());
            // The output-digits heuristic picks 64 bits for programs whose intermediate ints are wider: bigint
            // overflows loudly there, and the evaluator would have chosen a wider width.
            boolean narrow = !correct && c.width() == Program.IntWidth.I64 && firstLine(result).contains("bigint out of range");
            tally.record(c.name(), correct ? Outcome.CORRECT : narrow ? Outcome.TOO_NARROW : Outcome.FAILED, correct ? "" : firstLine(result));
            tests.add(DynamicTest.dynamicTest(c.name(), () -> {
                Assumptions.assumeFalse(narrow, "64 bits are too narrow for this program");
                assertThat(result.succeeded()).as(result::describe).isTrue();
                assertThat(result.stdout()).as(result::describe).isEqualTo(c.expected());
            }));
        }
        System.out.println(tally.summary());
        return tests.stream();
    }

    private static String firstLine(RunResult result) {
        String stderr = result.execution().map(RunResult.Execution::stderr).orElse(result.compilation().diagnostics()).strip();
        return stderr.isEmpty() ? "wrong output" : stderr.lines().findFirst().orElse("");
    }
}
