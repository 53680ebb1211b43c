package dev.codelive.platform.db;

import dev.codelive.platform.health.DependencyUnavailableException;

/** The database could not be reached at start-up; the message says where and why, without credentials. */
public final class DatabaseUnavailableException extends DependencyUnavailableException {
    public DatabaseUnavailableException(String message, Throwable cause) {
        super("database", message, cause);
    }
}
