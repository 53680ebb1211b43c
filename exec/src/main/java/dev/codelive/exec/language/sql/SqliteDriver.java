package dev.codelive.exec.language.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * The command that runs a user's SQL script with the SQLite driver, and the files it needs beside the script.
 *
 * @param python the Python 3 interpreter, as seen where the command runs
 * @param directory where the driver, the sample dataset and the script ({@code main.sql}) are
 */
public record SqliteDriver(String python, String directory) {
    /** The user's script, which the caller writes into {@code directory}. */
    public static final String SCRIPT = "main.sql";
    private static final String RESOURCES = "/dev/codelive/exec/sql/";
    private static final String DRIVER = "sqlite_driver.py";
    /** The driver finds the sample next to itself. */
    private static final String SAMPLE = "sample.sql";

    public SqliteDriver {
        if (!directory.startsWith("/") || directory.endsWith("/") || directory.contains("..")) {
            throw new IllegalArgumentException("the driver's directory must be absolute and plain: " + directory);
        }
    }

    /** Inside the sandbox: the system's Python and the files bound under {@code /sandbox}. */
    public static SqliteDriver inSandbox() {
        return new SqliteDriver("/usr/bin/python3", "/sandbox");
    }

    /** Where the user's script must be. */
    public String scriptPath() {
        return directory + "/" + SCRIPT;
    }

    public List<String> argv(SqlOptions options) {
        // -I: no environment variables, no user site, no script directory on sys.path; -S: no site module.
        List<String> argv = new ArrayList<>(List.of(python, "-I", "-S", directory + "/" + DRIVER, scriptPath(),
                "--row-cap", Integer.toString(options.rowCap()),
                "--statement-timeout-ms", Long.toString(options.statementTimeout().toMillis())));
        if (options.sample()) {
            argv.add("--sample");
        }
        return List.copyOf(argv);
    }

    /** The driver's own files the run needs, besides the script: the driver, and the sample dataset if asked for. */
    public List<DriverFile> files(SqlOptions options) {
        List<DriverFile> files = new ArrayList<>(List.of(file(DRIVER)));
        if (options.sample()) {
            files.add(file(SAMPLE));
        }
        return List.copyOf(files);
    }

    private DriverFile file(String name) {
        return new DriverFile(RESOURCES + name, directory + "/" + name);
    }
}
