package dev.codelive.foundry.provider;

import dev.codelive.foundry.FoundryPolicy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codelive.platform.config.ConfigException;
import dev.codelive.platform.config.LoadedPolicy;
import dev.codelive.platform.config.PolicyLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading the providers' environment variables and policy section. */
class ProviderSettingsTest {
    private static final String TOKEN = "r8_VerySecretToken0123456789";
    private static final String KEY = "fal-id:VerySecretKey0123456789";

    /** The block for config/policy.yml, as handed to the lead (docs/foundry-providers.md shows the same). */
    static final String POLICY_BLOCK = """
            modules:
              foundry:
                providers:
                  deadline_ms: 300000
                  poll_interval_ms: 2000
                  prefer_wait_s: 30
                  connect_timeout_ms: 5000
                  request_timeout_ms: 30000
                  http_retries: 2
                  http_retry_backoff_ms: 500
                  max_retries: 2
                  max_retry_wait_ms: 60000
                  max_download_bytes: 104857600
            """;


    @TempDir
    Path directory;

    @Test
    void withNothingSetTheLocalComposerComesFirstAndNoHostedProviderHasAKey() {
        ProviderSettings settings = ProviderSettings.from(Map.of(), ProviderPolicy.defaults());

        assertThat(settings.primary()).isEqualTo("local");
        assertThat(settings.replicate().baseUrl()).hasToString("https://api.replicate.com/v1");
        assertThat(settings.replicate().token()).isEmpty();
        assertThat(settings.replicate().model()).isEqualTo("meta/musicgen");
        assertThat(settings.replicate().version()).isEmpty();
        assertThat(settings.replicate().input()).isEqualTo(new InputFields("prompt", Optional.of("duration"), Optional.of("seed")));
        assertThat(settings.fal().queueUrl()).hasToString("https://queue.fal.run");
        assertThat(settings.fal().key()).isEmpty();
        assertThat(settings.fal().model()).isEqualTo("fal-ai/stable-audio");
        assertThat(settings.fal().input()).isEqualTo(new InputFields("prompt", Optional.of("seconds_total"), Optional.empty()));
        assertThat(settings.replicate().maxDurationSeconds()).isEqualTo(300);
        assertThat(settings.fal().maxDurationSeconds()).isEqualTo(47);
    }

    @Test
    void everyVariableIsRead() {
        ProviderSettings settings = ProviderSettings.from(Map.ofEntries(
                Map.entry("MUSIC_PROVIDER", " Replicate "),
                Map.entry("REPLICATE_API_TOKEN", TOKEN),
                Map.entry("REPLICATE_BASE_URL", "http://replicate.internal:8080/v1/"),
                Map.entry("REPLICATE_MODEL", "acme/tunes"),
                Map.entry("REPLICATE_VERSION", "5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa"),
                Map.entry("REPLICATE_INPUT_FIELDS", "prompt=text, duration=length_s, seed="),
                Map.entry("FAL_KEY", KEY),
                Map.entry("FAL_QUEUE_URL", "https://queue.example"),
                Map.entry("FAL_MODEL", "fal-ai/lyria2"),
                Map.entry("FAL_INPUT_FIELDS", "prompt=prompt,seed=seed"),
                Map.entry("FAL_MAX_DURATION_S", "180"),
                Map.entry("REPLICATE_MAX_DURATION_S", "30")), ProviderPolicy.defaults());

        assertThat(settings.primary()).isEqualTo("replicate");
        assertThat(settings.replicate().token()).isPresent();
        assertThat(settings.replicate().baseUrl()).hasToString("http://replicate.internal:8080/v1");
        assertThat(settings.replicate().model()).isEqualTo("acme/tunes");
        assertThat(settings.replicate().version()).contains("5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa");
        assertThat(settings.replicate().input()).isEqualTo(new InputFields("text", Optional.of("length_s"), Optional.empty()));
        assertThat(settings.fal().key()).isPresent();
        assertThat(settings.fal().queueUrl()).hasToString("https://queue.example");
        assertThat(settings.fal().model()).isEqualTo("fal-ai/lyria2");
        assertThat(settings.fal().input()).isEqualTo(new InputFields("prompt", Optional.empty(), Optional.of("seed")));
        assertThat(settings.fal().maxDurationSeconds()).isEqualTo(180);
        assertThat(settings.replicate().maxDurationSeconds()).isEqualTo(30);
    }

    @Test
    void secretsNeverPrint() {
        ProviderSettings settings = ProviderSettings.from(Map.of("REPLICATE_API_TOKEN", TOKEN, "FAL_KEY", KEY), ProviderPolicy.defaults());

        assertThat(settings.toString()).doesNotContain(TOKEN).doesNotContain(KEY).contains("[redacted]");
    }

    @Test
    void anInvalidMusicProviderIsAClearConfigurationError() {
        assertThatThrownBy(() -> ProviderSettings.from(Map.of("MUSIC_PROVIDER", "suno"), ProviderPolicy.defaults()))
                .isInstanceOf(ConfigException.class)
                .hasMessage("MUSIC_PROVIDER: must be one of local, fal, replicate; got 'suno'");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "REPLICATE_BASE_URL | ftp://api.replicate.com/v1 | must be an http(s) URL",
        "FAL_QUEUE_URL | not a url at all | not a valid URL",
        "REPLICATE_BASE_URL | https://user:pw@api.replicate.com/v1 | must not carry",
        "REPLICATE_MODEL | musicgen | expected owner/name",
        "REPLICATE_MODEL | meta/musicgen/extra | expected owner/name",
        "FAL_MODEL | fal-ai | expected owner/name",
        "REPLICATE_VERSION | not-a-version! | expected a version id",
        "REPLICATE_INPUT_FIELDS | duration=duration | must map prompt",
        "FAL_INPUT_FIELDS | prompt=prompt,tempo=bpm | unknown input 'tempo'",
        "FAL_INPUT_FIELDS | prompt | expected ours=theirs",
        "FAL_INPUT_FIELDS | prompt=prompt,prompt=text | mapped twice",
        "FAL_INPUT_FIELDS | prompt=a b | may only contain",
        "FAL_MAX_DURATION_S | 301 | must be between 1 and 300",
        "REPLICATE_MAX_DURATION_S | half | expected a whole number",
    })
    void aBadVariableNamesItself(String variable, String value, String problem) {
        assertThatThrownBy(() -> ProviderSettings.from(Map.of(variable, value), ProviderPolicy.defaults()))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(variable + ": ")
                .hasMessageContaining(problem);
    }

    @Test
    void thePolicyBlockBindsStrictlyToTheDefaults() throws IOException {
        Path file = Files.writeString(directory.resolve("policy.yml"), POLICY_BLOCK);
        PolicyLoader loader = new PolicyLoader();
        LoadedPolicy loaded = loader.load(Optional.of(file));

        FoundryPolicy section = loader.bindModule(loaded.policy(), FoundryPolicy.SECTION, FoundryPolicy.class);

        assertThat(section.providers()).isEqualTo(ProviderPolicy.defaults());
    }

    @Test
    void anOutOfRangePolicyValueNamesItsKey() throws IOException {
        Path file = Files.writeString(directory.resolve("policy.yml"), POLICY_BLOCK.replace("prefer_wait_s: 30", "prefer_wait_s: 90"));
        PolicyLoader loader = new PolicyLoader();
        LoadedPolicy loaded = loader.load(Optional.of(file));

        assertThatThrownBy(() -> loader.bindModule(loaded.policy(), FoundryPolicy.SECTION, FoundryPolicy.class))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("prefer_wait_s")
                .hasMessageContaining("between 1 and 60");
    }
}
