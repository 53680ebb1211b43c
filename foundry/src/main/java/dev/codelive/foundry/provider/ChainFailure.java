package dev.codelive.foundry.provider;

import java.util.List;
import java.util.Optional;

/** The chain made no music: a provider refused the request, or every provider failed. The job fails with this message. */
public final class ChainFailure extends Exception {

    /** Why the chain stopped. */
    public enum Reason {
        /** A provider refused the request itself (invalid input, content policy): another would refuse it too. */
        REFUSED,
        /** Every provider in the chain failed or was skipped. */
        EXHAUSTED
    }

    private final Reason reason;
    private final int status;
    private final List<Attempt> attempts;

    /** @param status the last provider's HTTP status, or 0 */
    public ChainFailure(Reason reason, String message, int status, List<Attempt> attempts) {
        super(message, null, false, false);
        this.reason = reason;
        this.status = status;
        this.attempts = List.copyOf(attempts);
    }

    public Reason reason() {
        return reason;
    }

    /** The HTTP status of the failure that ended the chain, when it had one. */
    public Optional<Integer> status() {
        return status == 0 ? Optional.empty() : Optional.of(status);
    }

    public List<Attempt> attempts() {
        return attempts;
    }
}
