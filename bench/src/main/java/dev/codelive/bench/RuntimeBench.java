package dev.codelive.bench;

import dev.codelive.codelive.CodeLivePolicy;
import dev.codelive.bench.ProgramToolchain.Availability;
import dev.codelive.bench.Snippets.Snippet;
import dev.codelive.codelive.CodeLive;
import dev.codelive.codelive.backend.Backend;
import dev.codelive.codelive.evaluator.EvaluationBudget;
import dev.codelive.codelive.evaluator.ReferenceEvaluator;
import dev.codelive.codelive.knobs.Fallback;
import dev.codelive.codelive.render.Renderer;
import dev.codelive.codelive.render.Rendering;
import dev.codelive.codelive.runtime.EvaluationBudgetException;
import dev.codelive.codelive.runtime.NotSupportedException;
import dev.codelive.codelive.syntax.PythonParser;
import dev.codelive.codelive.syntax.SourceProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code runtime} command: how fast the programs the backends generate run, per knob setting, against CPython
 * running the snippet, measured in the same run. Each snippet of {@link Snippets#RUNTIME} is rendered for every
 * backend with knobs off, with parallel on, with unsafe on and with each optimisation strategy on; each distinct
 * program is built once, outside the timing, checked against CPython's output, then run {@code --runs} times,
 * every program once per round so that a slow spell of the shared machine falls on all of them alike.
 */
final class RuntimeBench {
    static final int DEFAULT_RUNS = 5;
    static final Set<String> OPTIONS = Set.of("backends", "snippets", "runs", "parallel-threads", "repository");
    /**
     * The reference evaluator's budget here: these snippets are heavy on purpose (a long run is what is measured), and
     * some go beyond what the studio allows a render (the policy's {@code modules.codelive.evaluation}); the renderer is otherwise the
     * studio's.
     */
    static final EvaluationBudget BUDGET = CodeLivePolicy.bundled().evaluationBudget().withMaxSteps(1_000_000_000L).withMaxTime(Duration.ofMinutes(2));

    /** What one backend did with one snippet under one knob setting. */
    sealed interface Cell {
        /** The renderer refused the snippet (for this backend, with these knobs). */
        record Refused(String reason) implements Cell {}

        /** Rendered, but this machine cannot build or run it. */
        record NoToolchain(String reason) implements Cell {}

        /**
         * Rendered and measured; {@code sameAsOff} when the source is byte for byte the one rendered with knobs off.
         */
        record Rendered(MeasuredProgram program, Optional<Fallback> fallback, boolean sameAsOff) implements Cell {}
    }

    /**
     * One snippet: CPython's run, what the reference evaluator expected, and per backend a cell per knob setting.
     */
    record SnippetRow(Snippet snippet, MeasuredProgram python, Optional<String> expectedOutput, Map<String, Map<String, Cell>> cells) {}

    private RuntimeBench() {}

    static void run(CommandOptions options) throws IOException {
        String header = PlatformBench.header(false);
        ProgramToolchain.Tools tools = ProgramToolchain.Tools.around(options.text("repository").map(Path::of).orElse(Path.of("")));
        ProgramToolchain python = switch (ProgramToolchain.python(tools)) {
            case Availability.Ready ready -> ready.toolchain();
            case Availability.Missing missing -> throw new IllegalStateException(missing.reason() + ": CPython is the reference");
        };
        List<String> available = CodeLive.backends().stream().map(Backend::name).toList();
        List<String> backends = options.list("backends", String.join(",", available));
        backends.stream().filter(backend -> !available.contains(backend)).findFirst().ifPresent(backend -> {
            throw new IllegalArgumentException("no backend " + backend + "; CodeLive.backends() has " + available);
        });
        List<Snippet> snippets = selected(Snippets.load(Snippets.RUNTIME), options);
        int runs = options.integer("runs", DEFAULT_RUNS);
        int threads = options.integer("parallel-threads", Runtime.getRuntime().availableProcessors());
        List<KnobSetting> settings = KnobSetting.eachKnob(threads);

        Map<String, Availability> toolchains = new LinkedHashMap<>();
        backends.forEach(backend -> toolchains.put(backend, ProgramToolchain.forBackend(backend, tools)));
        Renderer renderer = new Renderer(new PythonParser(), new ReferenceEvaluator(), BUDGET, CodeLive.backends());
        Path work = Files.createTempDirectory("codelive-runtime-");
        System.err.println("[bench] programs in " + work);

        List<MeasuredProgram> programs = new ArrayList<>();
        List<SnippetRow> rows = new ArrayList<>();
        for (Snippet snippet : snippets) {
            System.err.println("[bench] rendering " + snippet.name());
            MeasuredProgram reference = new MeasuredProgram(snippet.name(), "python3", snippet.source(), python,
                    work.resolve(snippet.name()).resolve("python3"));
            programs.add(reference);
            Map<String, Map<String, Cell>> cells = new LinkedHashMap<>();
            Optional<String> expected = Optional.empty();
            for (String backend : backends) {
                Map<String, Cell> row = new LinkedHashMap<>();
                Map<String, MeasuredProgram> bySource = new HashMap<>();
                for (KnobSetting setting : settings) {
                    Rendering rendering;
                    try {
                        rendering = renderer.render(backend, snippet.source(), setting.knobs());
                    } catch (SourceProblem | EvaluationBudgetException | NotSupportedException refused) {
                        row.put(setting.name(), new Cell.Refused(refused.getMessage()));
                        continue;
                    }
                    expected = Optional.of(rendering.expectedOutput());
                    if (toolchains.get(backend) instanceof Availability.Missing missing) {
                        row.put(setting.name(), new Cell.NoToolchain(missing.reason()));
                        continue;
                    }
                    ProgramToolchain toolchain = ((Availability.Ready) toolchains.get(backend)).toolchain();
                    boolean seen = bySource.containsKey(rendering.source());
                    MeasuredProgram program = bySource.computeIfAbsent(rendering.source(), source -> {
                        MeasuredProgram rendered = new MeasuredProgram(snippet.name(), backend, source, toolchain,
                                work.resolve(snippet.name()).resolve(backend + "-" + setting.name()));
                        programs.add(rendered);
                        return rendered;
                    });
                    program.renderedFor(setting.name());
                    row.put(setting.name(), new Cell.Rendered(program, rendering.fallback(), seen && program.settings().getFirst().equals("off")));
                }
                cells.put(backend, row);
            }
            rows.add(new SnippetRow(snippet, reference, expected, cells));
        }

        for (MeasuredProgram program : programs) {
            System.err.printf("[bench] building %s for %s %s%n", program.snippet(), program.runner(), program.settings());
            program.build();
        }
        List<String> notes = check(rows, programs);
        List<CpuMeter.Share> shares = new ArrayList<>();
        for (int round = 1; round <= runs; round++) {
            System.err.printf("[bench] round %d of %d: %d programs%n", round, runs, programs.size());
            Optional<CpuMeter.Reading> start = CpuMeter.read();
            programs.forEach(MeasuredProgram::timeOnce);
            Optional<CpuMeter.Reading> end = CpuMeter.read();
            if (start.isPresent() && end.isPresent()) {
                shares.add(CpuMeter.Share.between(start.get(), end.get()));
            }
        }
        System.out.println(header);
        System.out.print(new RuntimeReport(rows, settings, toolchains, python, runs, threads, shares, notes).render());
        System.err.println("[bench] programs kept in " + work);
    }

    private static List<Snippet> selected(List<Snippet> all, CommandOptions options) {
        List<String> names = options.list("snippets", "");
        if (names.isEmpty()) {
            return all;
        }
        List<String> known = all.stream().map(Snippet::name).toList();
        names.stream().filter(name -> !known.contains(name)).findFirst().ifPresent(name -> {
            throw new IllegalArgumentException("no runtime snippet " + name + "; there are " + known);
        });
        return all.stream().filter(snippet -> names.contains(snippet.name())).toList();
    }

    /**
     * Runs CPython, then every built program once, untimed; a program printing other than CPython is not timed.
     * Returns what the report must say besides: where the reference evaluator's expected output was not CPython's.
     */
    private static List<String> check(List<SnippetRow> rows, List<MeasuredProgram> programs) {
        List<String> notes = new ArrayList<>();
        for (SnippetRow row : rows) {
            System.err.println("[bench] checking " + row.snippet().name() + " against CPython");
            Optional<String> expected = row.python().firstRun();
            if (expected.isEmpty()) {
                throw new IllegalStateException("CPython failed on " + row.snippet().name() + ": " + row.python().problem().orElse(""));
            }
            row.expectedOutput().filter(reference -> !reference.equals(expected.get())).ifPresent(reference -> notes.add(
                    "**" + row.snippet().name() + ": the reference evaluator expected other output than CPython printed.**"));
            for (MeasuredProgram program : programs) {
                if (program.snippet().equals(row.snippet().name()) && program != row.python()) {
                    program.firstRun().filter(actual -> !actual.equals(expected.get()))
                            .ifPresent(actual -> program.printedWrong(expected.get(), actual));
                }
            }
        }
        return notes;
    }
}
