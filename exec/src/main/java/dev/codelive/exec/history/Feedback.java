package dev.codelive.exec.history;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * A rating left by a user, signed in or not.
 *
 * @param id the feedback's id
 * @param userId who left it; empty when anonymous
 * @param rating 1 (poor) to 5 (great)
 * @param comment what they wrote, at most {@value #MAX_COMMENT} characters
 * @param context what it was about, as a JSON object of at most {@value #MAX_CONTEXT_BYTES} UTF-8 bytes
 * @param createdAt when it was left, kept to the microsecond
 */
public record Feedback(String id, Optional<String> userId, int rating, Optional<String> comment, Optional<String> context,
        Instant createdAt) {
    public static final int MIN_RATING = 1;
    public static final int MAX_RATING = 5;
    public static final int MAX_COMMENT = 2000;
    public static final int MAX_CONTEXT_BYTES = 4096;

    public Feedback {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(context, "context");
        if (rating < MIN_RATING || rating > MAX_RATING) {
            throw new IllegalArgumentException("rating must be from " + MIN_RATING + " to " + MAX_RATING + ": " + rating);
        }
        if (comment.filter(text -> text.length() > MAX_COMMENT).isPresent()) {
            throw new IllegalArgumentException("comment is longer than " + MAX_COMMENT + " characters");
        }
        if (context.filter(json -> json.getBytes(StandardCharsets.UTF_8).length > MAX_CONTEXT_BYTES).isPresent()) {
            throw new IllegalArgumentException("context is larger than " + MAX_CONTEXT_BYTES + " bytes");
        }
        createdAt = Objects.requireNonNull(createdAt, "createdAt").truncatedTo(ChronoUnit.MICROS);
    }
}
