package dev.codelive.foundry.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a provider's words become before a user or a log sees them. */
class ProviderMessagesTest {

    @Test
    void theKeyAndCredentialLikeWordsAreRedacted() {
        ApiKey key = ApiKey.of("sk-live-0123456789").orElseThrow();

        String clean = ProviderMessages.clean("bad key sk-live-0123456789; header was Authorization: Bearer abcdefgh12345678", Optional.of(key));

        assertThat(clean).doesNotContain("sk-live-0123456789").doesNotContain("abcdefgh12345678").contains("[redacted]");
    }

    @Test
    void signedUrlParametersAreDropped() {
        String clean = ProviderMessages.clean("cannot read https://cdn.example/out.wav?X-Amz-Signature=deadbeef&Expires=1", Optional.empty());

        assertThat(clean).isEqualTo("cannot read https://cdn.example/out.wav?…");
    }

    @Test
    void controlCharactersAndRunsOfSpaceBecomeOneSpace() {
        assertThat(ProviderMessages.clean("line one\n\n\tline\u0000two\u202e", Optional.empty())).isEqualTo("line one line two");
    }

    @Test
    void longMessagesAreCutToTheLimit() {
        String clean = ProviderMessages.clean("x".repeat(5_000), Optional.empty());

        assertThat(clean).hasSize(ProviderMessages.MAX_CHARS).endsWith("…");
    }

    @Test
    void nothingToSayIsSaidPlainly() {
        assertThat(ProviderMessages.clean(null, Optional.empty())).isEqualTo("no message");
        assertThat(ProviderMessages.clean(" \n ", Optional.empty())).isEqualTo("no message");
    }
}
