package dev.codelive.foundry.provider;

import java.time.Duration;
import java.time.Instant;

/** The moment a provider's attempt must be over. */
record Deadline(Instant at) {

    /** The context's deadline, else {@code policy}'s from now. */
    static Deadline forAttempt(GenerationContext context, ProviderPolicy policy) {
        return new Deadline(context.deadline().orElseGet(() -> Instant.now().plus(policy.deadline())));
    }

    Duration remaining() {
        Duration left = Duration.between(Instant.now(), at);
        return left.isNegative() ? Duration.ZERO : left;
    }

    boolean passed() {
        return remaining().isZero();
    }

    /** {@code wanted}, shortened to what is left. */
    Duration cap(Duration wanted) {
        Duration left = remaining();
        return wanted.compareTo(left) > 0 ? left : wanted;
    }
}
