package dev.codelive.platform.db.paging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a newest-first page ended: the last row's time and id. The next page starts strictly after it, so rows
 * added meanwhile neither repeat nor shift a page, as they would with an offset.
 */
public record Cursor(Instant createdAt, String id) {
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final char SEPARATOR = ' ';
    /** Row ids the cursor may hold: UUIDs and the like. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,36}");

    public Cursor {
        Objects.requireNonNull(createdAt, "createdAt");
        if (!ID.matcher(Objects.requireNonNull(id, "id")).matches()) {
            throw new IllegalArgumentException("not a row id: " + id);
        }
    }

    /** The opaque form clients pass back as {@code ?cursor=}. */
    public String encode() {
        return ENCODER.encodeToString((createdAt + String.valueOf(SEPARATOR) + id).getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor {@code encoded} stands for; empty when it is not one this server made. */
    public static Optional<Cursor> decode(String encoded) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            int split = text.indexOf(SEPARATOR);
            if (split < 0) {
                return Optional.empty();
            }
            return Optional.of(new Cursor(Instant.parse(text.substring(0, split)), text.substring(split + 1)));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
