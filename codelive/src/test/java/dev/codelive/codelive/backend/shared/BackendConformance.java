package dev.codelive.codelive.backend.shared;

import dev.codelive.codelive.backend.Backend;
import dev.codelive.codelive.backend.BackendRefusal;
import dev.codelive.codelive.conformance.ProgramRunner;
import dev.codelive.codelive.conformance.RunResult;
import dev.codelive.codelive.conformance.Target;
import dev.codelive.codelive.conformance.Toolchains;
import dev.codelive.codelive.ir.Program;
import dev.codelive.codelive.knobs.Knobs;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A backend's conformance run: render every corpus snippet at each width, build and run them all with the harness's
 * {@link ProgramRunner}, compare with CPython. Identical renderings of one snippet run once.
 */
public final class BackendConformance {
    private BackendConformance() {}

    public static ConformanceReport run(Backend backend, Target target, Program.IntWidth widest) {
        Toolchains.require(target);
        ConformanceReport report = new ConformanceReport(backend.name());
        Map<String, Corpus.Snippet> bySource = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (Corpus.Snippet snippet : Corpus.load(widest)) {
            if (snippet.programs().isEmpty()) {
                report.notAnalysed(snippet.name(), snippet.refusal());
                continue;
            }
            for (Program program : snippet.programs()) {
                String label = snippet.name() + " (" + program.intWidth() + ")";
                try {
                    String source = backend.generate(program, Knobs.DEFAULTS).source();
                    if (bySource.putIfAbsent(source, snippet) == null) {
                        labels.put(source, label);
                        report.rendered();
                    }
                } catch (BackendRefusal refusal) {
                    report.refused(label, refusal.getMessage());
                } catch (RuntimeException crash) {
                    report.failed(label + ": the backend crashed: " + crash);
                }
            }
        }
        List<dev.codelive.codelive.conformance.Program> programs = new ArrayList<>();
        bySource.keySet().forEach(source -> programs.add(new dev.codelive.codelive.conformance.Program(target, source)));
        try (ProgramRunner runner = ProgramRunner.withDefaults()) {
            List<RunResult> results = runner.runAll(programs);
            for (int i = 0; i < programs.size(); i++) {
                String source = programs.get(i).source();
                Corpus.Snippet snippet = bySource.get(source);
                RunResult result = results.get(i);
                if (result.succeeded() && Corpus.matches(snippet, result.stdout())) {
                    report.correct();
                } else {
                    report.failed(labels.get(source) + ":\n" + result.describe() + "\n--- expected ---\n" + snippet.expected()
                            + "\n--- source ---\n" + source);
                }
            }
        }
        return report;
    }
}
