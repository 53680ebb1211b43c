package dev.codelive.platform.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/** What a {@link JobHandler} knows about the job it runs, and how it reports back while running. */
public interface JobContext {

    String jobId();

    String queue();

    /** The user the job runs for; empty for system jobs. */
    Optional<String> ownerId();

    /** This attempt's number, from 1. */
    int attempt();

    int maxAttempts();

    /** The payload as a JSON tree. */
    JsonNode payload();

    /**
     * The payload bound to {@code type} (snake_case fields, unknown fields refused).
     *
     * @throws JobFailure a permanent one, when the payload does not fit {@code type}: retrying cannot help
     */
    <T> T payload(Class<T> type);

    /**
     * Reports progress: {@code fraction} from 0 to 1 and what is happening. Cheap to call often; the latest value
     * is written within a poll interval and also extends the job's lease.
     */
    void progress(double fraction, String message);

    /** True once the job's owner or an admin asked to cancel it. A handler should stop soon after. */
    boolean cancelRequested();

    /**
     * Stops the handler here if it should stop: when cancelling was requested, when this worker lost its lease
     * (another worker may be running the job), or when the server, shutting down, interrupted it to hand the job back.
     *
     * @throws JobCancelledException then
     */
    void checkpoint();
}
