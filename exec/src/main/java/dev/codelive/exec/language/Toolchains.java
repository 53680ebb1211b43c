package dev.codelive.exec.language;

import dev.codelive.exec.sandbox.Bind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds each language's toolchain on this host once, at start-up: the versions shown by
 * {@code GET /api/execute/languages} and keyed into the build cache.
 */
public final class Toolchains {
    static final Path PYTHON = Path.of("/usr/bin/python3");
    static final Path NODE = Path.of("/usr/bin/node");
    static final Path GO = Path.of("/usr/bin/go");
    static final Path MCS = Path.of("/usr/bin/mcs");
    static final Path MONO = Path.of("/usr/bin/mono");
    static final Path SQLITE3 = Path.of("/usr/bin/sqlite3");
    /** Where the TypeScript home is shown inside the sandbox. */
    static final String TYPESCRIPT_IN_SANDBOX = "/opt/typescript";
    private static final Pattern PACKAGE_VERSION = Pattern.compile("\"version\"\\s*:\\s*\"([^\"]+)\"");

    private final Map<Language, Toolchain> toolchains;

    private Toolchains(Map<Language, Toolchain> toolchains) {
        this.toolchains = Map.copyOf(toolchains);
    }

    /** Finds the toolchains; those that runs' uids cannot reach are mirrored into {@code work}. */
    public static Toolchains detect(ToolchainLocations locations, WorkDirectory work) {
        Map<Language, Toolchain> found = new EnumMap<>(Language.class);
        found.put(Language.PYTHON, python());
        found.put(Language.JAVASCRIPT, node());
        found.put(Language.TYPESCRIPT, typescript(locations.typescriptHome()));
        found.put(Language.SQL, sqlite());
        found.put(Language.RUST, rust(locations.rustc(), work));
        found.put(Language.GO, go());
        found.put(Language.CSHARP, csharp());
        found.put(Language.SQLITE_SCRIPT, sqliteShell());
        return new Toolchains(found);
    }

    public Toolchain of(Language language) {
        return toolchains.get(language);
    }

    private static Toolchain python() {
        return version(PYTHON, "--version").map(version -> Toolchain.found(Language.PYTHON, version, List.of(), Map.of()))
                .orElseGet(() -> Toolchain.notFound(Language.PYTHON, "python3 is not installed at " + PYTHON));
    }

    private static Toolchain node() {
        return version(NODE, "--version").map(version -> Toolchain.found(Language.JAVASCRIPT, "Node.js " + version, List.of(), Map.of()))
                .orElseGet(() -> Toolchain.notFound(Language.JAVASCRIPT, "node is not installed at " + NODE));
    }

    private static Toolchain typescript(Optional<Path> home) {
        Optional<String> node = version(NODE, "--version");
        if (node.isEmpty()) {
            return Toolchain.notFound(Language.TYPESCRIPT, "node is not installed at " + NODE);
        }
        if (home.isEmpty()) {
            return Toolchain.notFound(Language.TYPESCRIPT, "the TypeScript compiler is not installed (npm ci in tools/typescript, or EXEC_TYPESCRIPT_HOME)");
        }
        Optional<String> tsc = packageVersion(home.get().resolve("node_modules/typescript/package.json"));
        Optional<String> types = packageVersion(home.get().resolve("node_modules/@types/node/package.json"));
        if (tsc.isEmpty() || types.isEmpty()) {
            return Toolchain.notFound(Language.TYPESCRIPT, "typescript and @types/node must both be installed under " + home.get().resolve("node_modules"));
        }
        return Toolchain.found(Language.TYPESCRIPT, "TypeScript " + tsc.get() + " (@types/node " + types.get() + ", Node.js " + node.get() + ")",
                List.of(new Bind(home.get().resolve("node_modules"), TYPESCRIPT_IN_SANDBOX + "/node_modules")), Map.of());
    }

    private static Toolchain sqlite() {
        return HostCommand.firstLine(List.of(PYTHON.toString(), "-I", "-c", "import sqlite3; print(sqlite3.sqlite_version)"))
                .map(version -> Toolchain.found(Language.SQL, "SQLite " + version, List.of(), Map.of()))
                .orElseGet(() -> Toolchain.notFound(Language.SQL, "python3 with its sqlite3 module is not installed at " + PYTHON));
    }

    private static Toolchain sqliteShell() {
        // It answers "3.40.1 2022-12-28 14:03:47 <check-in hash>": the version is the first word.
        return version(SQLITE3, "--version").map(version -> Toolchain.found(Language.SQLITE_SCRIPT, "SQLite shell " + version.split(" ")[0],
                        List.of(), Map.of()))
                .orElseGet(() -> Toolchain.notFound(Language.SQLITE_SCRIPT, "the sqlite3 shell is not installed at " + SQLITE3));
    }

    private static Toolchain rust(Optional<Path> rustc, WorkDirectory work) {
        if (rustc.isEmpty()) {
            return Toolchain.notFound(Language.RUST, "rustc was not found (PATH, ~/.cargo/bin or EXEC_RUSTC)");
        }
        // rustup's proxy picks a toolchain from the environment; the sandbox runs the toolchain's own rustc instead.
        Optional<Path> sysroot = HostCommand.firstLine(List.of(rustc.get().toString(), "--print", "sysroot")).map(Path::of)
                .filter(root -> Files.isExecutable(root.resolve("bin/rustc")));
        Optional<String> version = version(rustc.get(), "--version");
        if (sysroot.isEmpty() || version.isEmpty()) {
            return Toolchain.notFound(Language.RUST, rustc.get() + " does not answer --version and --print sysroot");
        }
        Path root = sysroot.get();
        List<Bind> binds = List.of();
        if (!root.startsWith("/usr")) {
            Path reachable = Mirror.reachableByOthers(root) ? root : Mirror.of(root, work.toolchain("rust-" + Integer.toHexString((root + version.get()).hashCode())));
            binds = List.of(new Bind(reachable, root.toString()));
        }
        return Toolchain.found(Language.RUST, version.get(), binds, Map.of("RUSTC", root.resolve("bin/rustc").toString()));
    }

    private static Toolchain go() {
        return version(GO, "version").map(version -> Toolchain.found(Language.GO, version, List.of(), Map.of()))
                .orElseGet(() -> Toolchain.notFound(Language.GO, "go is not installed at " + GO));
    }

    private static Toolchain csharp() {
        Optional<String> mcs = version(MCS, "--version");
        Optional<String> mono = version(MONO, "--version");
        if (mcs.isEmpty() || mono.isEmpty()) {
            return Toolchain.notFound(Language.CSHARP, "mcs and mono must both be installed (" + MCS + ", " + MONO + ")");
        }
        return Toolchain.found(Language.CSHARP, mcs.get() + "; " + mono.get(), List.of(), Map.of());
    }

    private static Optional<String> version(Path binary, String flag) {
        return Files.isExecutable(binary) ? HostCommand.firstLine(List.of(binary.toString(), flag)) : Optional.empty();
    }

    private static Optional<String> packageVersion(Path packageJson) {
        try {
            Matcher matcher = PACKAGE_VERSION.matcher(Files.readString(packageJson));
            return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
