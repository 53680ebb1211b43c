package dev.codelive.bench;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Times several ways of doing the same thing in rounds: each round does each way once, starting from a different way
 * each round, so that a drift of the machine (a build starting, the page cache filling) and the cost of going
 * first fall on every way alike. Round i of every way's times is the same round, for {@link AddedCost#of}.
 */
final class Interleaved {
    /** One way: a name for the report, and one timed run. */
    record Way(String name, TimedRun run) {}

    /** One run of a way; returns its wall time in nanoseconds, or throws when the run did not do its job. */
    @FunctionalInterface
    interface TimedRun {
        long nanos() throws Exception;
    }

    private Interleaved() {}

    /** Wall times by way (in the order given), {@code rounds} each, after {@code warmup} untimed rounds. */
    static Map<String, long[]> measure(List<Way> ways, int warmup, int rounds, String what, PrintStream progress) throws Exception {
        for (int round = 0; round < warmup; round++) {
            for (Way way : ways) {
                way.run().nanos();
            }
        }
        Map<String, LongSamples> samples = new LinkedHashMap<>();
        ways.forEach(way -> samples.put(way.name(), new LongSamples()));
        for (int round = 0; round < rounds; round++) {
            if (round % 50 == 0) {
                progress.printf("[bench] %s: round %d of %d%n", what, round + 1, rounds);
            }
            for (int i = 0; i < ways.size(); i++) {
                Way way = ways.get((round + i) % ways.size());
                samples.get(way.name()).add(way.run().nanos());
            }
        }
        Map<String, long[]> times = new LinkedHashMap<>();
        samples.forEach((name, values) -> times.put(name, values.toArray()));
        return times;
    }
}
