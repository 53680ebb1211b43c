package dev.codelive.exec.language;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * Makes a toolchain reachable by runs' uids. bubblewrap, started as the run's unprivileged uid, can only bind what
 * that uid can reach; rustup installs under a home that is closed to others ({@code /root} is 0700). Such a tree is
 * mirrored into the work directory by hard links (a copy where links cannot cross file systems), leaving out its
 * documentation.
 */
final class Mirror {
    private static final Set<String> SKIPPED = Set.of("share");

    private Mirror() {}

    /** Whether every directory above {@code path} lets others through. */
    static boolean reachableByOthers(Path path) {
        for (Path directory = path.toAbsolutePath().getParent(); directory != null; directory = directory.getParent()) {
            try {
                if (!Files.getPosixFilePermissions(directory).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                    return false;
                }
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code source} as a tree at {@code target}, whose parents others can pass. A finished mirror is marked, and
     * reused by later processes; an unfinished one (a process stopped half-way) is made again.
     */
    static Path of(Path source, Path target) {
        Path done = target.resolveSibling(target.getFileName() + ".done");
        if (Files.exists(done)) {
            return target;
        }
        try {
            if (Files.exists(target)) {
                WorkDirectory.delete(target);
            }
            Files.createDirectories(target);
            Files.walkFileTree(source, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) throws IOException {
                    Path relative = source.relativize(directory);
                    if (relative.getNameCount() == 1 && SKIPPED.contains(relative.toString())) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    Path copy = target.resolve(relative.toString());
                    Files.createDirectories(copy);
                    Files.setPosixFilePermissions(copy, Files.getPosixFilePermissions(directory));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Path copy = target.resolve(source.relativize(file).toString());
                    if (attributes.isSymbolicLink()) {
                        Files.createSymbolicLink(copy, Files.readSymbolicLink(file));
                    } else {
                        try {
                            Files.createLink(copy, file);
                        } catch (IOException | UnsupportedOperationException e) {
                            Files.copy(file, copy, LinkOption.NOFOLLOW_LINKS, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
            Files.createFile(done);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot mirror " + source + " to " + target, e);
        }
    }
}
