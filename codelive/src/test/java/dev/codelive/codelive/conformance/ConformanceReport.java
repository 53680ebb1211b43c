package dev.codelive.codelive.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Tallies the conformance run per backend target (supported, correct, refused, and why) and writes
 * {@code docs/codelive-conformance.md} when {@code -Dconformance.report=true}. One JVM runs the suite, so the tally is
 * shared by the test factories of that run.
 */
final class ConformanceReport {
    private record Tally(AtomicInteger supported, AtomicInteger correct, AtomicInteger refused, Map<String, AtomicInteger> reasons) {
        Tally() {
            this(new AtomicInteger(), new AtomicInteger(), new AtomicInteger(), new ConcurrentSkipListMap<>());
        }
    }

    private static final Map<String, Tally> TALLIES = new ConcurrentHashMap<>();
    private static final java.util.Set<String> MISSING = new java.util.concurrent.ConcurrentSkipListSet<>();

    private ConformanceReport() {}

    static void missing(String target) {
        MISSING.add(target);
    }

    static void ran(String target, boolean correct) {
        Tally tally = TALLIES.computeIfAbsent(target, ignored -> new Tally());
        tally.supported().incrementAndGet();
        if (correct) {
            tally.correct().incrementAndGet();
        }
    }

    static void refused(String target, String reason) {
        Tally tally = TALLIES.computeIfAbsent(target, ignored -> new Tally());
        tally.refused().incrementAndGet();
        // Positions differ per snippet; the construct is what the reader wants to count.
        String construct = reason.replaceAll(" at \\d+:\\d+$", "");
        tally.reasons().computeIfAbsent(construct, ignored -> new AtomicInteger()).incrementAndGet();
    }

    static void writeIfAsked() {
        if (!Boolean.getBoolean("conformance.report") || TALLIES.isEmpty()) {
            return;
        }
        StringBuilder doc = new StringBuilder("""
                # Code Live conformance

                Written by `scripts/conformance.sh` (the `ConformanceTest` of the codelive module with
                `-Dconformance.report=true`): every snippet of `codelive/src/test/resources/snippets/` rendered with every
                knob setting, compiled and run with the real toolchain, its stdout compared byte for byte with CPython
                3.11's. A *supported* case rendered; it is *correct* when it compiled, ran and printed exactly what CPython
                prints. *Refused* cases are constructs a backend (or the analysis) declines, with a 422 naming them: never
                a wrong program. Correct must equal supported.

                Knob settings:\s""").append(String.join(", ", ConformanceTest.SETTINGS.keySet())).append("""
                .

                | target | cases | supported | correct | refused |
                |---|---:|---:|---:|---:|
                """);
        Map<String, Tally> sorted = new TreeMap<>(TALLIES);
        sorted.forEach((target, tally) -> doc.append("| ").append(target).append(" | ")
                .append(tally.supported().get() + tally.refused().get()).append(" | ").append(tally.supported().get()).append(" | ")
                .append(tally.correct().get()).append(" | ").append(tally.refused().get()).append(" |\n"));
        MISSING.forEach(target -> doc.append("| ").append(target).append(" | backend not built yet | | | |\n"));
        doc.append("\nJulia has no toolchain on this machine: its output is checked by golden files and a syntax check "
                + "(`JuliaSyntax`), not run; see the Julia section of the README.\n");
        sorted.forEach((target, tally) -> {
            if (!tally.reasons().isEmpty()) {
                doc.append("\n## Refusals: ").append(target).append("\n\n| construct | cases |\n|---|---:|\n");
                tally.reasons().forEach((reason, count) -> doc.append("| ").append(reason.replace("|", "\\|")).append(" | ")
                        .append(count.get()).append(" |\n"));
            }
        });
        try {
            Files.writeString(Path.of("..", "docs", "codelive-conformance.md"), doc.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
