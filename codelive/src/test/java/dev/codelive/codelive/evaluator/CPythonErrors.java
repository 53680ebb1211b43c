package dev.codelive.codelive.evaluator;

import java.util.regex.Pattern;

/**
 * The last line of a CPython traceback, without what belongs to the traceback printer or the installation rather
 * than to the exception: name suggestions, the module file of an ImportError, and where a RecursionError was noticed.
 */
final class CPythonErrors {
    private static final Pattern SUGGESTION = Pattern.compile("\\. Did you mean: '[^']*'\\?$");
    private static final Pattern MODULE_FILE = Pattern.compile(" \\((/[^)]*)\\)$");
    private static final String RECURSION = "RecursionError: maximum recursion depth exceeded";

    private CPythonErrors() {}

    static String normalise(String line) {
        String normal = SUGGESTION.matcher(line).replaceFirst("");
        if (normal.startsWith("ImportError: ")) {
            normal = MODULE_FILE.matcher(normal).replaceFirst(" (unknown location)");
        }
        // CPython 3.11 says "... in comparison" when the limit is hit inside a comparison, which depends on bytecode
        // specialisation; the depth, which decides the output, is the same.
        if (normal.startsWith(RECURSION)) {
            normal = RECURSION;
        }
        return normal;
    }
}
