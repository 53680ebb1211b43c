package dev.codelive.codelive.conformance;

import java.nio.file.Path;
import java.util.List;

/**
 * One target's real compiler and runtime, as a user would run them. Compiled toolchains build an artefact the runner
 * caches; script toolchains feed the program to an interpreter.
 */
sealed interface Toolchain permits CompiledToolchain, ScriptToolchain {
    Target target();

    /** Commands whose first output line identifies the toolchain (the cache key includes them). */
    List<List<String>> versionCommands();

    /** The toolchain for {@code target}, with executables from {@code tools}; throws when one is missing. */
    static Toolchain of(Target target, ToolLocator tools, Path cacheDirectory, PostgresConnection postgres) {
        return switch (target) {
            case RUST -> new RustToolchain(tools.require("rustc"));
            case TYPESCRIPT -> new TypeScriptToolchain(tools.require("tsc"), tools.require("node"));
            case GO -> new GoToolchain(tools.require("go"), cacheDirectory.resolve("go-home"));
            case CSHARP -> new CSharpToolchain(tools.require("mcs"), tools.require("mono"));
            case SQLITE -> new SqliteToolchain(tools.require("sqlite3"));
            case POSTGRES -> new PostgresToolchain(tools.require("psql"), postgres);
        };
    }
}
