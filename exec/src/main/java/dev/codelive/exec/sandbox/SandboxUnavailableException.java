package dev.codelive.exec.sandbox;

/** The sandbox cannot run anything on this host; code is then never run at all. */
public final class SandboxUnavailableException extends RuntimeException {
    public SandboxUnavailableException(String message) {
        super(message);
    }
}
