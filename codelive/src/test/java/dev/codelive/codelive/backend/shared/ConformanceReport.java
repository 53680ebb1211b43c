package dev.codelive.codelive.backend.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Tallies a backend's conformance run and prints the summary the brief asks for. */
public final class ConformanceReport {
    private final String backend;
    private final Map<String, String> notAnalysed = new TreeMap<>();
    private final Map<String, String> refused = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private int rendered;
    private int correct;

    public ConformanceReport(String backend) {
        this.backend = backend;
    }

    public void notAnalysed(String snippet, String reason) {
        notAnalysed.put(snippet, reason);
    }

    public void refused(String snippet, String reason) {
        refused.put(snippet, reason);
    }

    public void rendered() {
        rendered++;
    }

    public void correct() {
        correct++;
    }

    public void failed(String description) {
        failures.add(description);
    }

    public List<String> failures() {
        return failures;
    }

    /** The summary: supported / correct / refused, each refusal with its reason. */
    public String summary() {
        StringBuilder out = new StringBuilder("\n=== " + backend + " conformance: rendered " + rendered + ", correct " + correct + ", refused "
                + refused.size() + ", not analysed " + notAnalysed.size() + " ===\n");
        refused.forEach((name, reason) -> out.append("  refused ").append(name).append(": ").append(reason).append('\n'));
        notAnalysed.forEach((name, reason) -> out.append("  not analysed ").append(name).append(": ").append(reason).append('\n'));
        failures.forEach(failure -> out.append("  FAILED ").append(failure).append('\n'));
        return out.toString();
    }
}
