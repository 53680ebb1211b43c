package dev.codelive.platform.db;

/** The database could not be reached at start-up; the message says where and why, without credentials. */
public final class DatabaseUnavailableException extends RuntimeException {
    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
