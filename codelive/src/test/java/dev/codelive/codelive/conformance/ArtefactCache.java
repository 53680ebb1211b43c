package dev.codelive.codelive.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Built programs by SHA-256 of (target, toolchain version, flags, source): {@code ROOT/<target>/<key>/} holds the
 * source, the artefact and an {@code outcome} file (ok or failed, then the diagnostics), so a re-run neither
 * recompiles an unchanged program nor re-fails a broken one. Builds happen in {@code ROOT/tmp} and are moved in whole,
 * atomically, so concurrent test JVMs sharing the cache never see half an entry. Timed-out builds are not cached.
 * Least recently used entries are pruned past a size budget.
 */
final class ArtefactCache {
    private static final String OUTCOME = "outcome";
    private static final Duration STALE_WORK = Duration.ofHours(6);

    private final Path root;

    ArtefactCache(Path root) {
        this.root = root;
        try {
            Files.createDirectories(root.resolve("tmp"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the conformance cache at " + root, e);
        }
    }

    /** A cached build: its folder, whether it compiled, and what the compiler said. */
    record Entry(Path unit, boolean ok, String diagnostics) {}

    static String key(Target target, String toolchainVersion, String flags, String source) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : List.of(target.name(), toolchainVersion, flags, source)) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    Optional<Entry> lookup(Target target, String key) {
        Path unit = entryPath(target, key);
        Path outcome = unit.resolve(OUTCOME);
        if (!Files.isRegularFile(outcome)) {
            return Optional.empty();
        }
        try {
            String text = Files.readString(outcome);
            Files.setLastModifiedTime(outcome, FileTime.from(Instant.now()));
            int newline = text.indexOf('\n');
            return Optional.of(new Entry(unit, text.substring(0, newline).equals("ok"), text.substring(newline + 1)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Moves a finished build in; if another process stored the same key first, keeps theirs. */
    Entry store(Target target, String key, Path built, boolean ok, String diagnostics) {
        Path destination = entryPath(target, key);
        try {
            Files.writeString(built.resolve(OUTCOME), (ok ? "ok" : "failed") + "\n" + diagnostics);
            Files.createDirectories(destination.getParent());
            Files.move(built, destination, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
            delete(built);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IllegalStateException("the conformance cache must be on one file system: " + root, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Entry(destination, ok, diagnostics);
    }

    /** A new empty folder for one build or one run, on the cache's file system so entries move in atomically. */
    Path newWorkDirectory() {
        try {
            return Files.createDirectory(root.resolve("tmp").resolve(UUID.randomUUID().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a work folder (or anything else under the cache). */
    void delete(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + path, e);
        }
    }

    /**
     * Deletes least recently used entries until the cache holds at most {@code budgetBytes}, and work folders that a
     * killed run left behind.
     */
    void prune(long budgetBytes) {
        record Sized(Path unit, long bytes, FileTime used) {}
        List<Sized> entries = new ArrayList<>();
        try (Stream<Path> targets = Files.list(root)) {
            for (Path directory : targets.filter(Files::isDirectory).toList()) {
                if (directory.getFileName().toString().equals("tmp")) {
                    deleteStaleWork(directory);
                    continue;
                }
                try (Stream<Path> units = Files.list(directory)) {
                    for (Path unit : units.filter(u -> Files.isRegularFile(u.resolve(OUTCOME))).toList()) {
                        entries.add(new Sized(unit, size(unit), Files.getLastModifiedTime(unit.resolve(OUTCOME))));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long total = entries.stream().mapToLong(Sized::bytes).sum();
        entries.sort(Comparator.comparing(Sized::used));
        for (Sized entry : entries) {
            if (total <= budgetBytes) {
                break;
            }
            delete(entry.unit());
            total -= entry.bytes();
        }
    }

    private void deleteStaleWork(Path tmp) throws IOException {
        Instant cutoff = Instant.now().minus(STALE_WORK);
        try (Stream<Path> work = Files.list(tmp)) {
            for (Path directory : work.toList()) {
                if (Files.getLastModifiedTime(directory).toInstant().isBefore(cutoff)) {
                    delete(directory);
                }
            }
        }
    }

    private static long size(Path unit) throws IOException {
        try (Stream<Path> files = Files.walk(unit)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }

    private Path entryPath(Target target, String key) {
        return root.resolve(target.name().toLowerCase(Locale.ROOT)).resolve(key);
    }
}
