package dev.codelive.foundry.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where a rate-limited provider's reset time is read from, in order. */
class RetryAfterTest {

    @Test
    void retryAfterSecondsComeFirst() {
        assertThat(RetryAfter.from(headers("Retry-After", "12", "X-RateLimit-Reset", "3"), body("{\"retry_after\":5}"))).contains(Duration.ofSeconds(12));
    }

    @Test
    void retryAfterMayBeAnHttpDate() {
        String inTenSeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(Instant.now().plusSeconds(10).atOffset(ZoneOffset.UTC));

        Duration wait = RetryAfter.from(headers("Retry-After", inTenSeconds), MissingNode.getInstance()).orElseThrow();

        assertThat(wait.toMillis()).isCloseTo(10_000, within(1_500L));
    }

    @Test
    void theBodysRetryAfterMayBeFractional() {
        assertThat(RetryAfter.from(headers(), body("{\"retry_after\":0.5}"))).contains(Duration.ofMillis(500));
    }

    @Test
    void aResetHeaderIsSecondsFromNowOrAUnixTime() {
        assertThat(RetryAfter.from(headers("RateLimit-Reset", "4"), MissingNode.getInstance())).contains(Duration.ofSeconds(4));
        long unixTime = Instant.now().plusSeconds(20).getEpochSecond();
        Duration wait = RetryAfter.from(headers("X-RateLimit-Reset", Long.toString(unixTime)), MissingNode.getInstance()).orElseThrow();
        assertThat(wait.toSeconds()).isBetween(18L, 20L);
    }

    @Test
    void replicatesThrottleMessageIsUnderstood() {
        assertThat(RetryAfter.from(headers(), body("{\"detail\":\"Request was throttled. Expected available in 1 second.\"}")))
                .contains(Duration.ofSeconds(1));
    }

    @Test
    void withNothingToGoByThereIsNoAnswer() {
        assertThat(RetryAfter.from(headers("Retry-After", "soon"), body("{\"retry_after\":-3}"))).isEmpty();
    }

    private static HttpHeaders headers(String... pairs) {
        Map<String, List<String>> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], List.of(pairs[i + 1]));
        }
        return HttpHeaders.of(map, (name, value) -> true);
    }

    private static JsonNode body(String json) {
        try {
            return ProviderHttp.json().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
