package dev.codelive.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A Markdown table: label columns left-aligned, figures right-aligned, as in docs/benchmarks.md. */
final class MarkdownTable {
    private final List<String> headers;
    private final int labelColumns;
    private final Set<Integer> trailingLabels = new HashSet<>();
    private final List<List<String>> rows = new ArrayList<>();

    /** @param labelColumns how many leading columns are labels rather than figures */
    MarkdownTable(int labelColumns, String... headers) {
        this.headers = List.of(headers);
        this.labelColumns = labelColumns;
    }

    /** Marks further columns (by index, from 0) as labels: text such as lists of names, left-aligned. */
    MarkdownTable labels(int... columns) {
        Arrays.stream(columns).forEach(trailingLabels::add);
        return this;
    }

    MarkdownTable row(Object... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("expected " + headers.size() + " cells, got " + Arrays.toString(cells));
        }
        rows.add(Arrays.stream(cells).map(String::valueOf).toList());
        return this;
    }

    String render() {
        StringBuilder out = new StringBuilder();
        line(out, headers);
        List<String> rule = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            rule.add(i < labelColumns || trailingLabels.contains(i) ? "---" : "---:");
        }
        line(out, rule);
        rows.forEach(row -> line(out, row));
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        out.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }
}
