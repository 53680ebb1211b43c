package dev.codelive.exec.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.locks.LockSupport;

/** Reading and writing cgroup control files, shared by both cgroup versions. */
final class CgroupFiles {
    private static final long KILL_WAIT_NANOS = 5_000_000_000L;

    private CgroupFiles() {}

    static void write(Path file, String value) {
        try {
            Files.writeString(file, value);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + value + " to " + file, e);
        }
    }

    static OptionalLong readLong(Path file) {
        try {
            return OptionalLong.of(Long.parseLong(Files.readString(file).trim()));
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** The value of {@code key} in a flat-keyed file such as {@code memory.events}; 0 when absent. */
    static long keyed(Path file, String key) {
        try {
            for (String line : Files.readAllLines(file)) {
                String[] parts = line.trim().split("\\s+");
                if (parts.length == 2 && parts[0].equals(key)) {
                    return Long.parseLong(parts[1]);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    static List<Long> pids(Path procs) {
        try {
            return Files.readAllLines(procs).stream().map(String::trim).filter(line -> !line.isEmpty()).map(Long::parseLong).toList();
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * SIGKILLs every process listed in {@code procs} until none is left. Repeats because a process may fork between
     * the read and the kill; the process limit bounds how often that can happen.
     */
    static void killAll(Path procs) {
        long deadline = System.nanoTime() + KILL_WAIT_NANOS;
        List<Long> left;
        while (!(left = pids(procs)).isEmpty()) {
            left.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("processes " + left + " of a sandbox survive SIGKILL in " + procs.getParent());
            }
            LockSupport.parkNanos(1_000_000);
        }
    }

    /** Removes an empty group; a group whose last process is still being reaped refuses for a moment. */
    static void remove(Path group) {
        for (int attempt = 0; attempt < 200 && Files.exists(group); attempt++) {
            try {
                Files.deleteIfExists(group);
                return;
            } catch (IOException e) {
                LockSupport.parkNanos(5_000_000);
            }
        }
    }
}
