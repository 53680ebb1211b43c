package dev.codelive.bench;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a {@link RenderChild}'s time went inside {@code main}, as it reports it on its standard error in one line
 * ({@link #line()}) that the bench reads back ({@link #parse}). What the process's wall time has beyond their sum is
 * the JVM's start and exit.
 *
 * @param composeMillis composing the score from its prompt (fluidsynth reads a MIDI file instead)
 * @param loadMillis creating the renderer and, for the soundfont renderer, reading its soundfont
 * @param renderMillis {@code ScoreRenderer.render}
 * @param writeMillis writing the mix as a 16-bit WAV file
 */
record ChildTimings(double composeMillis, double loadMillis, double renderMillis, double writeMillis) {
    private static final String PREFIX = "[render-child]";
    private static final Pattern LINE = Pattern.compile(Pattern.quote(PREFIX) + "((?: \\w+_ms=[0-9.]+)+)");
    private static final Pattern FIELD = Pattern.compile("(\\w+)_ms=([0-9.]+)");

    double totalMillis() {
        return composeMillis + loadMillis + renderMillis + writeMillis;
    }

    String line() {
        return String.format(Locale.ROOT, "%s compose_ms=%.3f load_ms=%.3f render_ms=%.3f write_ms=%.3f", PREFIX, composeMillis, loadMillis,
                renderMillis, writeMillis);
    }

    /** The timings in a child's standard error, which may hold other lines (the JVM's warnings) around them. */
    static ChildTimings parse(String stderr) {
        Matcher line = LINE.matcher(stderr);
        if (!line.find()) {
            throw new IllegalArgumentException("no " + PREFIX + " line in the child's output: " + stderr.strip());
        }
        Map<String, Double> fields = new LinkedHashMap<>();
        Matcher field = FIELD.matcher(line.group(1));
        while (field.find()) {
            fields.put(field.group(1), Double.parseDouble(field.group(2)));
        }
        return new ChildTimings(field(fields, "compose"), field(fields, "load"), field(fields, "render"), field(fields, "write"));
    }

    private static double field(Map<String, Double> fields, String name) {
        Double value = fields.get(name);
        if (value == null) {
            throw new IllegalArgumentException("the child's timings lack " + name + "_ms: " + fields);
        }
        return value;
    }
}
