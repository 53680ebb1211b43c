package dev.codelive.exec.language;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages the sandbox runs, by their API names. */
public enum Language {
    PYTHON("main.py", false),
    JAVASCRIPT("main.js", false),
    TYPESCRIPT("main.ts", true),
    SQL("main.sql", false),
    RUST("main.rs", true),
    GO("main.go", true),
    CSHARP("main.cs", true),
    /**
     * A script for the SQLite shell ({@code sqlite3 -batch -noheader}, dot-commands allowed), its text output as the
     * shell prints it: what Code Live's SQL backend renders for the sqlite dialect. {@link #SQL} runs statements
     * through a driver instead, and answers structured results.
     */
    SQLITE_SCRIPT("main.sql", false);

    private final String sourceFile;
    private final boolean compiled;

    Language(String sourceFile, boolean compiled) {
        this.sourceFile = sourceFile;
        this.compiled = compiled;
    }

    /** The name in the API: {@code python}, {@code csharp}… */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The feature flag that lets a caller run this language. */
    public String flag() {
        // A SQLite shell script is SQL: the admin who switches SQL off means both ways of running it.
        return (this == SQLITE_SCRIPT ? SQL : this).wire() + "_execution";
    }

    /** The file the code is written to, inside the sandbox under {@code /sandbox}. */
    public String sourceFile() {
        return sourceFile;
    }

    /** Whether a build step comes before the run (and its result is cached). */
    public boolean compiled() {
        return compiled;
    }

    public static Optional<Language> of(String wire) {
        return Arrays.stream(values()).filter(language -> language.wire().equals(wire)).findFirst();
    }
}
