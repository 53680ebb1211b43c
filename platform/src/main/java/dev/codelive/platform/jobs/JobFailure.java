package dev.codelive.platform.jobs;

/**
 * A failure a handler reports on purpose. Its message becomes the job's {@code error}, which the job's owner sees,
 * so it must say what went wrong without internal detail. Other exceptions are reported as an unexpected error.
 */
public final class JobFailure extends RuntimeException {
    private final boolean permanent;

    private JobFailure(String message, Throwable cause, boolean permanent) {
        super(message, cause);
        this.permanent = permanent;
    }

    /** A failure that retrying cannot fix (invalid input, a refused request): the job fails at once. */
    public static JobFailure permanent(String message) {
        return new JobFailure(message, null, true);
    }

    public static JobFailure permanent(String message, Throwable cause) {
        return new JobFailure(message, cause, true);
    }

    /** A failure that may pass (a provider is down): the job is retried with backoff while attempts remain. */
    public static JobFailure retryable(String message) {
        return new JobFailure(message, null, false);
    }

    public static JobFailure retryable(String message, Throwable cause) {
        return new JobFailure(message, cause, false);
    }

    public boolean permanent() {
        return permanent;
    }
}
