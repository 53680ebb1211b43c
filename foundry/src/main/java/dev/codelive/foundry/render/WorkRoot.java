package dev.codelive.foundry.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where track jobs keep their files while they run ({@code DATA_DIR/foundry/work}). Emptied at start: any file in it
 * belongs to an attempt that died with the previous process, and that job runs again from the start.
 *
 * @param path the directory
 */
public record WorkRoot(Path path) {

    public static WorkRoot clean(Path path) {
        try {
            if (Files.exists(path)) {
                try (Stream<Path> files = Files.walk(path)) {
                    files.sorted(Comparator.reverseOrder()).filter(file -> !file.equals(path)).forEach(WorkRoot::delete);
                }
            }
            Files.createDirectories(path);
            return new WorkRoot(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the track work directory " + path, e);
        }
    }

    /** Removes a work directory and everything in it; what cannot be removed waits for the next start's clean-up. */
    static void deleteQuietly(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // Left for the next start's clean-up of the work root.
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + file, e);
        }
    }
}
