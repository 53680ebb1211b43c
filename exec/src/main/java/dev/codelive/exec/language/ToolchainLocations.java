package dev.codelive.exec.language;

import dev.codelive.platform.config.Environment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the toolchains that do not live in {@code /usr} are: the pinned TypeScript compiler (npm) and rustc
 * (rustup).
 *
 * @param typescriptHome a directory whose {@code node_modules} holds {@code typescript} and {@code @types/node}
 *     ({@code EXEC_TYPESCRIPT_HOME}, else {@code tools/typescript} of the working directory)
 * @param rustc rustc or rustup's proxy for it ({@code EXEC_RUSTC}, else {@code rustc} on the PATH, else
 *     {@code ~/.cargo/bin/rustc})
 */
public record ToolchainLocations(Optional<Path> typescriptHome, Optional<Path> rustc) {

    public static ToolchainLocations from(Environment env) {
        Optional<Path> typescript = env.string("EXEC_TYPESCRIPT_HOME").map(Path::of)
                .or(() -> Optional.of(Path.of("tools/typescript")))
                .map(path -> path.toAbsolutePath().normalize())
                .filter(path -> Files.isRegularFile(path.resolve("node_modules/typescript/bin/tsc")));
        Optional<Path> rustc = env.string("EXEC_RUSTC").map(Path::of)
                .or(() -> onPath(env, "rustc"))
                .or(() -> env.string("HOME").map(home -> Path.of(home, ".cargo/bin/rustc")))
                .filter(Files::isExecutable);
        return new ToolchainLocations(typescript, rustc);
    }

    private static Optional<Path> onPath(Environment env, String command) {
        for (String directory : env.string("PATH", "/usr/bin:/bin").split(":")) {
            if (!directory.isBlank() && Files.isExecutable(Path.of(directory, command))) {
                return Optional.of(Path.of(directory, command));
            }
        }
        return Optional.empty();
    }
}
