package dev.codelive.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How much of the machine other work took between two readings: other processes, and hypervisor steal. On a shared
 * 2-core machine a figure means little without knowing what else ran, so every measurement is reported with these
 * shares. Reads Linux's {@code /proc}; elsewhere there is no reading.
 */
final class CpuMeter {
    private static final Path PROC = Path.of("/proc");
    /** The kernel's thread creator; every kernel thread is its child. */
    private static final long KTHREADD = 2;

    private CpuMeter() {}

    /**
     * Cumulative clock ticks at one moment.
     *
     * @param total every tick of every CPU, idle and steal included
     * @param steal ticks the hypervisor gave to other guests
     * @param processes the user and system ticks of every process (all its threads), by process
     */
    record Reading(long total, long steal, Map<ProcessKey, ProcessTicks> processes) {}

    /** A process, told apart from a later one that reuses its pid by its start time. */
    record ProcessKey(long pid, long startTime) {}

    /** @param kernelThread a thread of the kernel's own (a child of kthreadd), such as disk writeback */
    record ProcessTicks(String name, boolean kernelThread, long ticks) {}

    /**
     * What other work took from the machine between two readings, as shares of it (both cores are 100 %).
     *
     * @param other user-space processes other than the benchmark and PostgreSQL
     * @param steal time the hypervisor gave to other guests
     */
    record Share(double other, double steal) {
        /** Above these, a figure is flagged as skewed: the limits of the HTTP baseline (bench/http-baseline.sh). */
        static final double NOISY_OTHER_PERCENT = 10;
        static final double NOISY_STEAL_PERCENT = 20;

        /** Whether other processes or the hypervisor took enough of the machine to skew a figure. */
        static boolean noisy(double other, double steal) {
            return other > NOISY_OTHER_PERCENT || steal > NOISY_STEAL_PERCENT;
        }

        boolean noisy() {
            return noisy(other, steal);
        }

        /**
         * Sums, process by process, the ticks spent between the readings by every process except the benchmark
         * (this process and the one that started it, JMH's host for a fork), PostgreSQL (named postgres) and the
         * kernel's threads, which mostly work for the others (writing back their files, for one). A process that
         * exited in between is missed from the first reading on; one that started is counted whole. (Subtracting
         * the excluded processes' time from the machine's busy time instead goes wrong whenever a process exits and
         * its time moves to its parent's.)
         */
        static Share between(Reading start, Reading end) {
            return between(start, end, Set.of());
        }

        /** As {@link #between(Reading, Reading)}, counting the processes {@code alsoBenchmark} (such as a server under test) as the benchmark's. */
        static Share between(Reading start, Reading end, Set<Long> alsoBenchmark) {
            ProcessHandle current = ProcessHandle.current();
            Set<Long> benchmark = Stream.concat(Stream.of(current), current.parent().stream()).map(ProcessHandle::pid).collect(Collectors.toCollection(HashSet::new));
            benchmark.addAll(alsoBenchmark);
            long other = 0;
            for (Map.Entry<ProcessKey, ProcessTicks> process : end.processes().entrySet()) {
                ProcessTicks ticks = process.getValue();
                if (ticks.kernelThread() || ticks.name().equals("postgres") || benchmark.contains(process.getKey().pid())) {
                    continue;
                }
                ProcessTicks before = start.processes().get(process.getKey());
                other += ticks.ticks() - (before == null ? 0 : before.ticks());
            }
            double total = Math.max(1, end.total() - start.total());
            return new Share(100 * other / total, 100 * (end.steal() - start.steal()) / total);
        }
    }

    /** The counters now; empty where {@code /proc} is not Linux's. */
    static Optional<Reading> read() {
        try {
            String cpu = Files.readAllLines(PROC.resolve("stat")).getFirst();
            if (!cpu.startsWith("cpu ")) {
                return Optional.empty();
            }
            // cpu user nice system idle iowait irq softirq steal ...
            String[] f = cpu.trim().split("\\s+");
            long total = 0;
            for (int i = 1; i <= 8; i++) {
                total += parse(f[i]);
            }
            return Optional.of(new Reading(total, parse(f[8]), processes()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Map<ProcessKey, ProcessTicks> processes() throws IOException {
        Map<ProcessKey, ProcessTicks> processes = new HashMap<>();
        try (Stream<Path> entries = Files.list(PROC)) {
            for (Path pid : entries.filter(path -> path.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                readStat(Long.parseLong(pid.getFileName().toString()), pid.resolve("stat")).ifPresent(stat -> processes.put(stat.key(), stat.ticks()));
            }
        }
        return processes;
    }

    private record Stat(ProcessKey key, ProcessTicks ticks) {}

    /** Parses {@code /proc/<pid>/stat}; empty when the process is gone. */
    private static Optional<Stat> readStat(long pid, Path stat) {
        String line;
        try {
            line = Files.readString(stat);
        } catch (IOException e) {
            return Optional.empty();
        }
        // The name is in parentheses and may itself contain spaces or parentheses: fields resume after the last ')'.
        int open = line.indexOf('(');
        int close = line.lastIndexOf(')');
        String[] f = line.substring(close + 2).trim().split("\\s+");
        // f[0] is field 3 (state); ppid is field 4, utime and stime are fields 14 and 15, starttime is field 22.
        boolean kernelThread = pid == KTHREADD || parse(f[1]) == KTHREADD;
        return Optional.of(new Stat(new ProcessKey(pid, parse(f[19])),
                new ProcessTicks(line.substring(open + 1, close), kernelThread, parse(f[11]) + parse(f[12]))));
    }

    private static long parse(String field) {
        return Long.parseLong(field);
    }
}
