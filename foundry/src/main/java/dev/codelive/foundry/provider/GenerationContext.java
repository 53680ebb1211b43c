package dev.codelive.foundry.provider;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/** What a provider may use while it generates: a scratch directory, progress reports, and the cancel check. */
public interface GenerationContext {

    /** A private directory for this attempt's files; removed after the job has stored what it needs. */
    Path workDirectory();

    /** Reports progress of this attempt, {@code fraction} from 0 to 1, with a short message for the user. */
    void progress(double fraction, String message);

    /**
     * Stops the provider here when the job was cancelled or its worker lost the job (throws the platform's
     * {@code JobCancelledException}). Providers call it between steps and while polling.
     */
    void checkpoint();

    /**
     * When this attempt must be over: a hosted provider then cancels its remote work and falls back. Empty means the
     * provider applies its own configured deadline from the start of the call.
     */
    default Optional<Instant> deadline() {
        return Optional.empty();
    }
}
