package dev.codelive.codelive.backend;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * What a backend's conformance test found, case by case, printed as a summary when the test class ends: how many
 * cases were rendered and correct, which the backend refused and why, which the analysis refused.
 */
public final class ConformanceTally {
    /** How one case ended. */
    public enum Outcome {
        CORRECT,
        REFUSED,
        NOT_ANALYSED,
        /** Rendered at 64 bits from the output-digits heuristic, but a value overflowed: the evaluator would widen it. */
        TOO_NARROW,
        FAILED
    }

    private final String title;
    private final Map<String, Map.Entry<Outcome, String>> cases = new ConcurrentSkipListMap<>();

    public ConformanceTally(String title) {
        this.title = title;
    }

    public void record(String name, Outcome outcome, String detail) {
        cases.put(name, Map.entry(outcome, detail));
    }

    /** The summary: counts per outcome, then every refusal and failure with its reason. */
    public String summary() {
        Map<Outcome, Integer> counts = new TreeMap<>();
        cases.values().forEach(entry -> counts.merge(entry.getKey(), 1, Integer::sum));
        StringBuilder out = new StringBuilder("\n=== ").append(title).append(": ").append(cases.size()).append(" cases: ")
                .append(counts).append('\n');
        cases.forEach((name, entry) -> {
            if (entry.getKey() != Outcome.CORRECT) {
                out.append(String.format("  %-13s %-55s %s%n", entry.getKey(), name, entry.getValue()));
            }
        });
        return out.toString();
    }
}
