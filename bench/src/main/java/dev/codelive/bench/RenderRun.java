package dev.codelive.bench;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One timed render of one song.
 *
 * @param wallSeconds start to end: process start to exit, or the {@code render} call
 * @param cpuSeconds user plus system time: of the process (GNU time), or of the bench's JVM during the call
 * @param peakRssMib the process's peak resident memory; empty for a render in the bench's JVM, which holds more than it
 * @param audioSeconds how long the rendered audio is
 * @param timings where a fresh JVM's time went, by its own account
 * @param noise how much of the machine other work took meanwhile
 */
record RenderRun(double wallSeconds, double cpuSeconds, OptionalDouble peakRssMib, double audioSeconds, Optional<ChildTimings> timings,
        Optional<CpuMeter.Share> noise) {

    RenderRun withNoise(Optional<CpuMeter.Share> share) {
        return new RenderRun(wallSeconds, cpuSeconds, peakRssMib, audioSeconds, timings, share);
    }

    /** One figure of a run, and how a round's figures over several songs add up. */
    enum Measure {
        WALL("wall s", false),
        CPU("CPU s", false),
        PEAK_RSS("peak RSS MiB", true);

        private final String header;
        private final boolean peak;

        Measure(String header, boolean peak) {
            this.header = header;
            this.peak = peak;
        }

        String header() {
            return header;
        }

        /** Songs rendered one after another take the sum of their times, but only the largest of their peaks. */
        boolean combinesByMax() {
            return peak;
        }

        OptionalDouble of(RenderRun run) {
            return switch (this) {
                case WALL -> OptionalDouble.of(run.wallSeconds());
                case CPU -> OptionalDouble.of(run.cpuSeconds());
                case PEAK_RSS -> run.peakRssMib();
            };
        }
    }
}
