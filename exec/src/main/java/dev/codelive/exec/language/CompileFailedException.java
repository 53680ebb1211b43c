package dev.codelive.exec.language;

import dev.codelive.exec.sandbox.SandboxResult;

/** The compiler refused the code (or went over a build limit): the user's diagnostics are in the result. */
public final class CompileFailedException extends RuntimeException {
    private final transient SandboxResult result;

    public CompileFailedException(SandboxResult result) {
        super("the build failed", null, false, false);
        this.result = result;
    }

    public SandboxResult result() {
        return result;
    }
}
