package dev.codelive.platform.health;

/**
 * A required dependency (the database, Redis) could not be reached at start-up. Start-up stops with a clear
 * message rather than serve with state that would silently diverge from the other replicas'.
 */
public class DependencyUnavailableException extends RuntimeException {
    private final String dependency;

    /** @param message says where and why, never with credentials */
    public DependencyUnavailableException(String dependency, String message, Throwable cause) {
        super(message, cause);
        this.dependency = dependency;
    }

    /** What could not be reached, e.g. "database" or "redis". */
    public String dependency() {
        return dependency;
    }
}
