package dev.codelive.foundry.provider;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a rate-limited provider says to come back: the {@code Retry-After} header (seconds or an HTTP date), else the
 * body's {@code retry_after} (seconds), else a rate-limit reset header, else Replicate's "available in N seconds".
 */
final class RetryAfter {
    private static final List<String> RESET_HEADERS = List.of("ratelimit-reset", "x-ratelimit-reset", "x-ratelimit-reset-requests");
    /** Reset headers carry either seconds from now or a Unix time; nothing waits this long, so larger means a Unix time. */
    private static final long UNIX_TIME_THRESHOLD = 1_000_000_000L;
    private static final Pattern AVAILABLE_IN = Pattern.compile("(?i)available in ([0-9]+(?:\\.[0-9]+)?) seconds?");

    private RetryAfter() {}

    static Optional<Duration> from(HttpHeaders headers, JsonNode body) {
        return header(headers.firstValue("retry-after"))
                .or(() -> seconds(body.path("retry_after")))
                .or(() -> RESET_HEADERS.stream().map(headers::firstValue).flatMap(Optional::stream).findFirst().flatMap(RetryAfter::reset))
                .or(() -> availableIn(body.path("detail").asText("")));
    }

    private static Optional<Duration> header(Optional<String> value) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String raw = value.get().trim();
        Optional<Duration> numeric = number(raw);
        if (numeric.isPresent()) {
            return numeric;
        }
        try {
            Instant at = ZonedDateTime.parse(raw, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return Optional.of(nonNegative(Duration.between(Instant.now(), at)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<Duration> reset(String raw) {
        return number(raw.trim()).map(value -> value.getSeconds() >= UNIX_TIME_THRESHOLD
                ? nonNegative(Duration.between(Instant.now(), Instant.ofEpochSecond(value.getSeconds())))
                : value);
    }

    private static Optional<Duration> seconds(JsonNode node) {
        return node.isNumber() && node.asDouble() >= 0 ? Optional.of(ofSeconds(node.asDouble())) : Optional.empty();
    }

    private static Optional<Duration> availableIn(String detail) {
        Matcher matcher = AVAILABLE_IN.matcher(detail);
        return matcher.find() ? number(matcher.group(1)) : Optional.empty();
    }

    private static Optional<Duration> number(String raw) {
        if (!raw.matches("[0-9]{1,12}(\\.[0-9]+)?")) {
            return Optional.empty();
        }
        return Optional.of(ofSeconds(Double.parseDouble(raw)));
    }

    private static Duration ofSeconds(double seconds) {
        return Duration.ofMillis(Math.round(seconds * 1000));
    }

    private static Duration nonNegative(Duration duration) {
        return duration.isNegative() ? Duration.ZERO : duration;
    }
}
