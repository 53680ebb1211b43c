package dev.codelive.platform.jobs;

/** Thrown by {@link JobContext#checkpoint()} to unwind a handler whose job should stop. */
public final class JobCancelledException extends RuntimeException {

    JobCancelledException(String message) {
        super(message, null, false, false);
    }
}
