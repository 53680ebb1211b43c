package dev.codelive.bench;

import java.util.List;
import java.util.Locale;

/** Number formatting for the reports, and the spread of a figure measured in several rounds. */
final class Figures {
    private Figures() {}

    static String whole(double value) {
        return String.format(Locale.ROOT, "%.0f", value);
    }

    static String decimal(double value, int places) {
        return String.format(Locale.ROOT, "%." + places + "f", value);
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /** One value as it is; several as their median with the range in parentheses: {@code 0.41 (0.38–0.44)}. */
    static String spread(List<Double> values, int places) {
        if (values.size() == 1) {
            return decimal(values.getFirst(), places);
        }
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        return decimal(median(values), places) + " (" + decimal(min, places) + "–" + decimal(max, places) + ")";
    }

    /** A noise note naming {@code noisy} runs; empty when there are none. */
    static String noiseNote(List<String> noisy) {
        return noisy.isEmpty() ? "" : "\n**Noisy (other processes took more than " + whole(CpuMeter.Share.NOISY_OTHER_PERCENT)
                + " % or steal more than " + whole(CpuMeter.Share.NOISY_STEAL_PERCENT) + " % of the machine): " + String.join("; ", noisy)
                + ".** Rerun when the machine is quiet.\n";
    }
}
