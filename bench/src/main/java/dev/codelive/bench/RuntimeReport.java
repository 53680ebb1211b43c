package dev.codelive.bench;

import static dev.codelive.bench.Figures.decimal;

import dev.codelive.bench.ProgramToolchain.Availability;
import dev.codelive.bench.RuntimeBench.Cell;
import dev.codelive.bench.RuntimeBench.SnippetRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The run-time benchmark's results as Markdown: per snippet and backend, each knob setting's median run time with
 * CPython's median divided by it (how many times faster than CPython), footnotes for every refusal, fallback and
 * failure, and a table of every program's build time and spread.
 */
final class RuntimeReport {
    private final List<SnippetRow> rows;
    private final List<KnobSetting> settings;
    private final Map<String, Availability> toolchains;
    private final ProgramToolchain python;
    private final int runs;
    private final int threads;
    private final List<CpuMeter.Share> shares;
    private final List<String> notes;
    /** Footnote texts, numbered in order of first use. */
    private final Map<String, Integer> footnotes = new LinkedHashMap<>();

    RuntimeReport(List<SnippetRow> rows, List<KnobSetting> settings, Map<String, Availability> toolchains, ProgramToolchain python, int runs,
            int threads, List<CpuMeter.Share> shares, List<String> notes) {
        this.rows = List.copyOf(rows);
        this.settings = List.copyOf(settings);
        this.toolchains = new LinkedHashMap<>(toolchains);
        this.python = python;
        this.runs = runs;
        this.threads = threads;
        this.shares = List.copyOf(shares);
        this.notes = List.copyOf(notes);
    }

    String render() {
        StringBuilder out = new StringBuilder();
        out.append("Toolchains: python3 (").append(python.versions()).append(")");
        toolchains.forEach((backend, availability) -> out.append("; ").append(backend).append(" (").append(switch (availability) {
            case Availability.Ready ready -> ready.toolchain().versions();
            case Availability.Missing missing -> "missing: " + missing.reason();
        }).append(")"));
        out.append(".\n");
        out.append("Settings: every program built once outside the timing, checked against CPython's output, then run ").append(runs)
                .append(" times (rounds of every program once, after an untimed first run); parallel renders with ").append(threads)
                .append(" threads; the reference evaluator may take ").append(RuntimeBench.BUDGET.maxSteps()).append(" steps.\n");
        out.append(noise()).append("\n");
        out.append("Median wall time of a run, start to exit, in ms; in parentheses CPython's median divided by it (above 1: faster than CPython)."
                + " \"= off\": the same program as with knobs off; \"fell back\": the knob could not apply and the safe form was rendered.\n\n");
        out.append(mainTable()).append("\n");
        if (!footnotes.isEmpty()) {
            footnotes.forEach((text, number) -> out.append("[").append(number).append("] ").append(text).append("\n"));
            out.append("\n");
        }
        notes.forEach(note -> out.append(note).append("\n"));
        out.append("Every program (build time is the compiler's, once; runs are min–max over the timed runs):\n\n").append(detailTable());
        return out.toString();
    }

    private String mainTable() {
        List<String> headers = new ArrayList<>(List.of("snippet", "backend", "CPython"));
        settings.forEach(setting -> headers.add(setting.name()));
        MarkdownTable table = new MarkdownTable(2, headers.toArray(String[]::new));
        for (SnippetRow row : rows) {
            double reference = row.python().medianMillis();
            row.cells().forEach((backend, cells) -> {
                List<Object> line = new ArrayList<>(List.of(row.snippet().name(), backend, millis(reference)));
                for (KnobSetting setting : settings) {
                    line.add(cell(cells.get(setting.name()), reference));
                }
                table.row(line.toArray());
            });
        }
        return table.render();
    }

    private String cell(Cell cell, double reference) {
        return switch (cell) {
            case Cell.Refused refused -> "refused " + footnote(refused.reason());
            case Cell.NoToolchain missing -> "no toolchain " + footnote(missing.reason());
            case Cell.Rendered rendered -> {
                String fallback = rendered.fallback().map(f -> "fell back " + footnote(f.from() + " fell back: " + f.reason()) + " ")
                        .orElse("");
                MeasuredProgram program = rendered.program();
                if (program.problem().isPresent()) {
                    yield fallback + "**" + program.problem().get().replaceFirst(":.*", "") + "** "
                            + footnote(program.snippet() + ", " + program.runner() + " " + program.settings() + ": " + program.problem().get());
                }
                if (rendered.sameAsOff()) {
                    yield fallback.isEmpty() ? "= off" : fallback + "(= off)";
                }
                double median = program.medianMillis();
                yield fallback + millis(median) + " (" + decimal(reference / median, reference / median < 10 ? 2 : 0) + "×)";
            }
        };
    }

    private String footnote(String text) {
        // One line per footnote: a compiler's multi-line diagnostics would break the table's Markdown.
        String line = text.replace("|", "\\|").replaceAll("\\s*\n\\s*", " ⏎ ");
        return "[" + footnotes.computeIfAbsent(line, key -> footnotes.size() + 1) + "]";
    }

    private String detailTable() {
        MarkdownTable table = new MarkdownTable(3, "snippet", "runner", "knob settings", "build (ms)", "runs", "median (ms)", "min–max (ms)");
        for (SnippetRow row : rows) {
            detail(table, row.python());
            row.cells().values().stream().flatMap(cells -> cells.values().stream())
                    .filter(Cell.Rendered.class::isInstance).map(cell -> ((Cell.Rendered) cell).program()).distinct()
                    .forEach(program -> detail(table, program));
        }
        return table.render();
    }

    private static void detail(MarkdownTable table, MeasuredProgram program) {
        List<Double> times = program.runMillis();
        String settings = program.runner().equals("python3") ? "—" : String.join(", ", program.settings());
        if (times.isEmpty()) {
            table.row(program.snippet(), program.runner(), settings, decimal(program.buildMillis(), 0), 0, "—",
                    program.problem().map(p -> p.replaceFirst(":.*", "")).orElse("—"));
            return;
        }
        double min = times.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double max = times.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        table.row(program.snippet(), program.runner(), settings, decimal(program.buildMillis(), 0), times.size(), millis(program.medianMillis()),
                millis(min) + "–" + millis(max));
    }

    private static String millis(double value) {
        return decimal(value, value < 100 ? 1 : 0);
    }

    private String noise() {
        if (shares.isEmpty()) {
            return "CPU taken by other processes: not measured (no Linux /proc).";
        }
        double other = shares.stream().mapToDouble(CpuMeter.Share::other).average().orElseThrow();
        double otherMax = shares.stream().mapToDouble(CpuMeter.Share::other).max().orElseThrow();
        double steal = shares.stream().mapToDouble(CpuMeter.Share::steal).average().orElseThrow();
        double stealMax = shares.stream().mapToDouble(CpuMeter.Share::steal).max().orElseThrow();
        List<Integer> noisy = new ArrayList<>();
        for (int round = 0; round < shares.size(); round++) {
            if (shares.get(round).noisy()) {
                noisy.add(round + 1);
            }
        }
        return "CPU taken from the benchmark per round: by other processes " + decimal(other, 1) + " % on average (at most " + decimal(otherMax, 1)
                + " %), by hypervisor steal " + decimal(steal, 1) + " % (at most " + decimal(stealMax, 1) + " %)"
                + (noisy.isEmpty() ? "." : "; **noisy rounds: " + noisy.stream().map(String::valueOf).collect(Collectors.joining(", "))
                        + "** (other processes above " + Figures.whole(CpuMeter.Share.NOISY_OTHER_PERCENT) + " % or steal above "
                        + Figures.whole(CpuMeter.Share.NOISY_STEAL_PERCENT) + " %): rerun when the machine is quiet.");
    }
}
