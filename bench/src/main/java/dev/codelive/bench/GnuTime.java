package dev.codelive.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What GNU time's verbose report ({@code /usr/bin/time -v}) says of one command: the kernel's accounting of the
 * process it waited for (rusage), which a JVM cannot read of another process.
 *
 * @param wallSeconds elapsed time, to the hundredth of a second
 * @param userSeconds CPU time in user mode, over all the process's threads
 * @param systemSeconds CPU time in the kernel for it
 * @param maxRssKib the most resident memory the process held at once, in KiB
 * @param exitStatus the command's exit status (0 when a signal ended it; see the report's first line)
 */
record GnuTime(double wallSeconds, double userSeconds, double systemSeconds, long maxRssKib, int exitStatus) {
    static final Path BINARY = Path.of("/usr/bin/time");

    double cpuSeconds() {
        return userSeconds + systemSeconds;
    }

    double maxRssMib() {
        return maxRssKib / 1024.0;
    }

    /** {@code command} run under GNU time, which writes its report to {@code report} rather than among the command's own output. */
    static List<String> wrap(List<String> command, Path report) {
        List<String> wrapped = new ArrayList<>(List.of(BINARY.toString(), "-v", "-o", report.toString()));
        wrapped.addAll(command);
        return wrapped;
    }

    /** Parses a {@code -v} report: tab-indented {@code label: value} lines, possibly after a line on how the command ended. */
    static GnuTime parse(String report) {
        Map<String, String> values = new HashMap<>();
        for (String line : report.split("\n")) {
            // Labels hold colons of their own ("Elapsed (wall clock) time (h:mm:ss or m:ss): 0:01.23"): the value follows the last ": ".
            int separator = line.lastIndexOf(": ");
            if (separator > 0) {
                values.put(line.substring(0, separator).strip(), line.substring(separator + 2).strip());
            }
        }
        return new GnuTime(elapsed(value(values, "Elapsed (wall clock) time (h:mm:ss or m:ss)")),
                Double.parseDouble(value(values, "User time (seconds)")), Double.parseDouble(value(values, "System time (seconds)")),
                Long.parseLong(value(values, "Maximum resident set size (kbytes)")), Integer.parseInt(value(values, "Exit status")));
    }

    /** {@code m:ss.ss} or {@code h:mm:ss} in seconds. */
    static double elapsed(String clock) {
        double seconds = 0;
        for (String part : clock.split(":")) {
            seconds = seconds * 60 + Double.parseDouble(part);
        }
        return seconds;
    }

    private static String value(Map<String, String> values, String label) {
        String value = values.get(label);
        if (value == null) {
            throw new IllegalArgumentException("GNU time's report has no \"" + label + "\" line; is " + BINARY + " GNU time?");
        }
        return value;
    }
}
