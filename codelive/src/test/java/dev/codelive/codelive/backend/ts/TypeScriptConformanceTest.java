package dev.codelive.codelive.backend.ts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codelive.codelive.backend.BackendRefusal;
import dev.codelive.codelive.backend.shared.ConformanceReport;
import dev.codelive.codelive.backend.shared.Corpus;
import dev.codelive.codelive.backend.shared.Toolchain;
import dev.codelive.codelive.ir.Program;
import dev.codelive.codelive.knobs.Knobs;
import dev.codelive.codelive.testing.RequiresPython3;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every corpus snippet rendered as TypeScript (at 64 bits where CPython's output allows, and at arbitrary
 * precision), compiled by one strict tsc run and run by node: stdout must be exactly CPython's.
 */
@RequiresPython3
class TypeScriptConformanceTest {
    private static final List<String> TSC_FLAGS = List.of("--strict", "--target", "es2020", "--module", "commonjs",
            "--moduleDetection", "force", "--lib", "es2020", "--types", "node", "--skipLibCheck", "--pretty", "false");

    private record Unit(String directory, String snippet, String expected) {}

    @Test
    void everySnippetPrintsWhatCPythonPrints(@TempDir Path work) throws Exception {
        Path tsc = Toolchain.require("tsc (TypeScript)", Toolchain.find("tsc", Path.of("../tools/typescript/node_modules/.bin/tsc")
                .toAbsolutePath().toString(), "/tmp/tsc/node_modules/.bin/tsc"));
        Path node = Toolchain.require("node", Toolchain.find("node"));
        Path typeRoots = tsc.toRealPath().getParent().getParent().getParent().resolve("@types");

        ConformanceReport report = new ConformanceReport("ts");
        Map<String, Unit> units = new LinkedHashMap<>();
        TypeScriptBackend backend = new TypeScriptBackend();
        for (Corpus.Snippet snippet : Corpus.load(Program.IntWidth.BIG)) {
            if (snippet.widest().isEmpty()) {
                report.notAnalysed(snippet.name(), snippet.refusal());
                continue;
            }
            for (Optional<Program> program : List.of(snippet.i64(), snippet.widest())) {
                if (program.isEmpty()) {
                    continue;
                }
                try {
                    String source = backend.generate(program.get(), Knobs.DEFAULTS).source();
                    String directory = "p" + units.size();
                    if (units.values().stream().noneMatch(u -> u.snippet().startsWith(snippet.name() + " (") && source.equals(read(work, u)))) {
                        Files.createDirectories(work.resolve(directory));
                        Files.writeString(work.resolve(directory).resolve("main.ts"), source);
                        units.put(directory, new Unit(directory, snippet.name() + " (" + program.get().intWidth() + ")", snippet.expected()));
                        report.rendered();
                    }
                } catch (BackendRefusal refusal) {
                    report.refused(snippet.name() + " (" + program.get().intWidth() + ")", refusal.getMessage());
                }
            }
        }

        List<String> command = new ArrayList<>(List.of(tsc.toString()));
        command.addAll(TSC_FLAGS);
        command.addAll(List.of("--typeRoots", typeRoots.toString()));
        units.keySet().forEach(directory -> command.add(directory + "/main.ts"));
        Toolchain.Result compiled = Toolchain.run(command, work, 600);
        Map<String, StringBuilder> errors = new LinkedHashMap<>();
        compiled.stdout().lines().forEach(line -> {
            String directory = line.contains("/") ? line.substring(0, line.indexOf('/')) : "";
            errors.computeIfAbsent(directory, d -> new StringBuilder()).append(line).append('\n');
        });

        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            Map<Unit, Future<Toolchain.Result>> runs = new LinkedHashMap<>();
            for (Unit unit : units.values()) {
                if (errors.containsKey(unit.directory())) {
                    report.failed(unit.snippet() + " does not compile:\n" + errors.get(unit.directory()));
                    continue;
                }
                runs.put(unit, pool.submit(() -> Toolchain.run(List.of(node.toString(), "main.js"), work.resolve(unit.directory()), 60)));
            }
            for (var entry : runs.entrySet()) {
                Unit unit = entry.getKey();
                Toolchain.Result result = entry.getValue().get();
                String stdout = String.join("\n", result.stdout().lines().toList());
                if (result.ok() && stdout.equals(unit.expected())) {
                    report.correct();
                } else {
                    report.failed(unit.snippet() + " printed\n" + result.stdout() + result.stderr() + "\ninstead of\n" + unit.expected());
                }
            }
        }
        System.out.println(report.summary());
        assertThat(report.failures()).isEmpty();
    }

    private static String read(Path work, Unit unit) {
        try {
            return Files.readString(work.resolve(unit.directory()).resolve("main.ts"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
