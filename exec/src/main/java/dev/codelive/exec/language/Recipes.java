package dev.codelive.exec.language;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How each language is built and run inside the sandbox. Sources are shown read-only under {@value #SOURCES}; a
 * build writes into the private {@code /tmp} and prints its artefact on standard output (its diagnostics go to
 * standard error), so that nothing but {@code /tmp} is ever writable, even for compilers.
 */
public final class Recipes {
    /** Where the code and the built program are shown inside the sandbox. */
    public static final String SOURCES = "/sandbox";
    private static final String OUT = "/tmp/out";
    /** Runs the build with its standard output moved to standard error, then prints the artefact ($1). */
    private static final String BUILD_THEN_PRINT = "mkdir -p " + OUT + " && out=\"$1\" && shift && \"$@\" 1>&2 && exec cat \"$out\"";
    private static final List<String> TYPESCRIPT_FLAGS = List.of("--strict", "--target", "es2020", "--module", "commonjs",
            "--moduleDetection", "force", "--lib", "es2020", "--types", "node", "--skipLibCheck", "--pretty", "false",
            "--noErrorTruncation", "--newLine", "lf");

    private Recipes() {}

    /** The name of the built program inside the sandbox, for compiled languages. */
    public static String artefactName(Language language) {
        return switch (language) {
            case TYPESCRIPT -> "main.js";
            case CSHARP -> "main.exe";
            default -> "main";
        };
    }

    /** The build of a compiled language: a command whose standard output is the artefact. */
    public static Optional<Command> build(Language language, Toolchain toolchain) {
        String source = SOURCES + "/" + language.sourceFile();
        String artefact = OUT + "/" + artefactName(language);
        List<String> compiler = switch (language) {
            case TYPESCRIPT -> {
                List<String> tsc = new ArrayList<>(List.of(Toolchains.NODE.toString(),
                        Toolchains.TYPESCRIPT_IN_SANDBOX + "/node_modules/typescript/bin/tsc"));
                tsc.addAll(TYPESCRIPT_FLAGS);
                tsc.addAll(List.of("--typeRoots", Toolchains.TYPESCRIPT_IN_SANDBOX + "/node_modules/@types", "--outDir", OUT, source));
                yield tsc;
            }
            case RUST -> List.of(toolchain.environment().get("RUSTC"), "--edition", "2021", "-O", "-C", "strip=debuginfo",
                    "-o", artefact, source);
            // A copy in /tmp: go build wants a writable directory beside the package it builds.
            case GO -> List.of("/bin/sh", "-c", "cp \"$0\" /tmp/main.go && cd /tmp && exec " + Toolchains.GO + " build -o \"$1\" main.go",
                    source, artefact);
            case CSHARP -> List.of(Toolchains.MCS.toString(), "-optimize+", "-r:System.Numerics.dll", "-out:" + artefact, source);
            default -> null;
        };
        if (compiler == null) {
            return Optional.empty();
        }
        List<String> argv = new ArrayList<>(List.of("/bin/sh", "-c", BUILD_THEN_PRINT, "build", artefact));
        argv.addAll(compiler);
        Map<String, String> environment = new HashMap<>(base());
        if (language == Language.GO) {
            // No -trimpath: it changes the build IDs of the standard library, which Go then compiles anew for every
            // build in the fresh cache (5 s instead of 0.3 s).
            environment.putAll(Map.of("GOCACHE", "/tmp/.cache/go-build", "GOPATH", "/tmp/go", "CGO_ENABLED", "0",
                    "GO111MODULE", "off", "GOTOOLCHAIN", "local"));
        }
        // Compilers reserve address space freely; where no cgroup caps their memory, only their time bounds them.
        return Optional.of(new Command(argv, environment, false));
    }

    /**
     * The run: of the source for interpreted languages, of the artefact under {@value #SOURCES} for compiled ones.
     * Runtimes that reserve address space are told to keep their heap under {@code memoryBytes} themselves.
     */
    public static Command run(Language language, List<String> args, long memoryBytes, List<String> sqlDriverArgs) {
        long memoryMb = Math.max(16, memoryBytes >> 20);
        Map<String, String> environment = new HashMap<>(base());
        List<String> argv = new ArrayList<>();
        boolean addressSpaceLimited = true;
        switch (language) {
            case PYTHON -> argv.addAll(List.of(Toolchains.PYTHON.toString(), "-I", "-B", SOURCES + "/" + language.sourceFile()));
            case JAVASCRIPT, TYPESCRIPT -> {
                String script = SOURCES + "/" + (language == Language.JAVASCRIPT ? language.sourceFile() : artefactName(language));
                argv.addAll(List.of(Toolchains.NODE.toString(), "--max-old-space-size=" + Math.max(16, memoryMb * 3 / 4), script));
                addressSpaceLimited = false;
            }
            case SQL -> argv.addAll(sqlDriverArgs);
            // The script is the shell's standard input, as `sqlite3 -batch -noheader < main.sql` reads it, on a fresh
            // in-memory database; the run's own stdin and args have no place in that. -safe refuses what reaches past
            // the database (.shell, .load, ATTACH, writing files), as the sql driver does: the sandbox stays the
            // boundary, this only makes the answer clear.
            case SQLITE_SCRIPT -> argv.addAll(List.of("/bin/sh", "-c", "exec \"$0\" -safe -batch -noheader :memory: < \"$1\"",
                    Toolchains.SQLITE3.toString(), SOURCES + "/" + language.sourceFile()));
            case RUST -> argv.add(SOURCES + "/" + artefactName(language));
            case GO -> {
                argv.add(SOURCES + "/" + artefactName(language));
                environment.put("GOMEMLIMIT", Long.toString(memoryBytes));
                addressSpaceLimited = false;
            }
            case CSHARP -> {
                argv.addAll(List.of(Toolchains.MONO.toString(), SOURCES + "/" + artefactName(language)));
                environment.put("MONO_GC_PARAMS", "max-heap-size=" + memoryMb + "m");
                addressSpaceLimited = false;
            }
        }
        if (language != Language.SQL && language != Language.SQLITE_SCRIPT) {
            argv.addAll(args);
        }
        return new Command(argv, environment, addressSpaceLimited);
    }

    private static Map<String, String> base() {
        return Map.of("PATH", "/usr/local/bin:/usr/bin:/bin", "HOME", "/tmp", "TMPDIR", "/tmp", "LANG", "C.UTF-8",
                "PYTHONIOENCODING", "utf-8");
    }
}
