package dev.codelive.exec.language;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.UUID;

/**
 * The host directory where code waits to be shown to a sandbox, and where builds are kept. A run's own uid must be
 * able to reach what is bound for it, so directories are traverse-only for others (no listing) and files readable;
 * random names keep one run's files out of another's reach.
 */
public final class WorkDirectory {
    private static final Set<PosixFilePermission> TRAVERSE_ONLY = PosixFilePermissions.fromString("rwx--x--x");
    private static final Set<PosixFilePermission> READABLE = PosixFilePermissions.fromString("rw-r--r--");
    private static final Set<PosixFilePermission> EXECUTABLE = PosixFilePermissions.fromString("rwxr-xr-x");

    private static final String PROCESS_PREFIX = "p";

    private final Path shared;
    private final Path root;

    private WorkDirectory(Path shared, Path root) {
        this.shared = shared;
        this.root = root;
    }

    /**
     * Opens {@code base}: this opening's files go into a new folder of its own; folders of processes that no longer
     * run are deleted (runs cut short, builds of other versions). Mirrored toolchains are shared and kept.
     */
    public static WorkDirectory open(Path base) {
        try {
            directory(base);
            if (!Mirror.reachableByOthers(base)) {
                throw new IllegalStateException("the execution work directory " + base + " is inside a directory that runs' uids "
                        + "cannot pass through: choose another with EXEC_WORK_DIR");
            }
            try (var entries = Files.list(base)) {
                for (Path entry : entries.toList()) {
                    String name = entry.getFileName().toString();
                    if (name.matches(PROCESS_PREFIX + "\\d+-.+")
                            && ProcessHandle.of(Long.parseLong(name.substring(1, name.indexOf('-')))).isEmpty()) {
                        deleteTree(entry);
                    }
                }
            }
            // One folder per opening, not per process: servers of one JVM (tests) must not empty each other's.
            Path root = base.resolve(PROCESS_PREFIX + ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8));
            directory(root);
            directory(root.resolve("runs"));
            directory(root.resolve("builds"));
            directory(root.resolve("files"));
            directory(base.resolve("toolchains"));
            return new WorkDirectory(base, root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the execution work directory " + base, e);
        }
    }

    /** This process's folder. */
    public Path root() {
        return root;
    }

    /** A new, empty directory for one run's files. */
    public Path newRun() {
        return create(root.resolve("runs").resolve(UUID.randomUUID().toString()));
    }

    /** A new directory for a build, under the cache's folder. */
    public Path newBuild() {
        return create(root.resolve("builds").resolve(UUID.randomUUID().toString()));
    }

    /** Where a toolchain that runs' uids cannot reach where it is installed is mirrored; shared by processes. */
    Path toolchain(String name) {
        return shared.resolve("toolchains").resolve(name);
    }

    /** A file that the server ships to every run (the SQL driver), written once. */
    public Path sharedFile(String name, byte[] content) {
        Path file = root.resolve("files").resolve(name);
        write(file, content, false);
        return file;
    }

    public static void write(Path file, byte[] content, boolean executable) {
        try {
            Files.write(file, content);
            Files.setPosixFilePermissions(file, executable ? EXECUTABLE : READABLE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    public static void delete(Path directory) {
        try {
            deleteTree(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + directory, e);
        }
    }

    private static Path create(Path directory) {
        try {
            return directory(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + directory, e);
        }
    }

    private static Path directory(Path directory) throws IOException {
        Files.createDirectories(directory);
        Files.setPosixFilePermissions(directory, TRAVERSE_ONLY);
        return directory;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path directory, IOException failure) throws IOException {
                Files.delete(directory);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
