package dev.codelive.platform.backup;

/** A backup or restore that could not be done; the message says what to check, never a credential. */
public final class BackupException extends RuntimeException {
    public BackupException(String message) {
        super(message);
    }

    public BackupException(String message, Throwable cause) {
        super(message, cause);
    }
}
