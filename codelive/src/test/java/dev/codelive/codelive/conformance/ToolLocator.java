package dev.codelive.codelive.conformance;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the toolchains' executables: the pinned TypeScript compiler in {@code tools/typescript} before any other
 * {@code tsc}, then the {@code PATH}, then rustup's {@code ~/.cargo/bin}, which a non-login shell may lack.
 */
record ToolLocator(Map<String, Path> pinned, List<Path> path, Map<String, Path> fallbacks) {
    /** The pinned compiler's folder, relative to the repository root (see {@code scripts/test.sh}). */
    static final String TYPESCRIPT_TOOLS = "tools/typescript";

    ToolLocator {
        pinned = Map.copyOf(pinned);
        path = List.copyOf(path);
        fallbacks = Map.copyOf(fallbacks);
    }

    /** The locator for this machine and this checkout. */
    static ToolLocator local() {
        List<Path> path = new ArrayList<>();
        String variable = System.getenv("PATH");
        if (variable != null) {
            for (String directory : variable.split(File.pathSeparator)) {
                if (!directory.isBlank()) {
                    path.add(Path.of(directory));
                }
            }
        }
        Path home = Path.of(System.getProperty("user.home"));
        Path repository = repositoryRoot().orElse(Path.of("."));
        return new ToolLocator(
                Map.of("tsc", repository.resolve(TYPESCRIPT_TOOLS).resolve("node_modules/.bin/tsc")),
                path, Map.of("rustc", home.resolve(".cargo/bin/rustc")));
    }

    /** The executable, or empty when it is nowhere to be found. */
    Optional<Path> find(String name) {
        Path pinnedTool = pinned.get(name);
        if (pinnedTool != null && Files.isExecutable(pinnedTool)) {
            return Optional.of(pinnedTool);
        }
        for (Path directory : path) {
            Path candidate = directory.resolve(name);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.ofNullable(fallbacks.get(name)).filter(Files::isExecutable);
    }

    /** The executable, or a clear error naming where it was looked for. */
    Path require(String name) {
        return find(name).orElseThrow(() -> new MissingToolException(name + " is not on the PATH"
                + (pinned.containsKey(name) ? " nor at " + pinned.get(name) : "")
                + (fallbacks.containsKey(name) ? " nor at " + fallbacks.get(name) : "")));
    }

    /** The checkout this test runs in: the nearest folder above the working directory with the pinned tools. */
    static Optional<Path> repositoryRoot() {
        for (Path directory = Path.of("").toAbsolutePath(); directory != null; directory = directory.getParent()) {
            if (Files.isRegularFile(directory.resolve(TYPESCRIPT_TOOLS).resolve("package.json"))) {
                return Optional.of(directory);
            }
        }
        return Optional.empty();
    }

    /** A toolchain's executable is missing. */
    static final class MissingToolException extends RuntimeException {
        MissingToolException(String message) {
            super(message);
        }
    }
}
