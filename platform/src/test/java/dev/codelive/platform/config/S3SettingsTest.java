package dev.codelive.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class S3SettingsTest {
    private static final Map<String, String> COMPLETE = Map.of(
            "S3_ENDPOINT", "http://minio.internal:9000",
            "S3_BUCKET", "codelive-blobs",
            "S3_ACCESS_KEY", "studio",
            "S3_SECRET_KEY", "s3cr3t-do-not-print",
            "S3_REGION", "us-east-1");

    private static ServerConfig config(Map<String, String> env) {
        return ServerConfig.from(new Environment(env));
    }

    private static Map<String, String> with(String key, String value) {
        Map<String, String> env = new HashMap<>(COMPLETE);
        env.put(key, value);
        return env;
    }

    @Test
    void noVariablesMeanLocalStorage() {
        assertThat(config(Map.of()).s3()).isEmpty();
    }

    @Test
    void aCompleteSetSelectsS3WithPathStyleByDefaultAndTheProductionProfile() {
        ServerConfig config = config(COMPLETE);

        S3Settings s3 = config.s3().orElseThrow();
        assertThat(s3.endpoint()).hasToString("http://minio.internal:9000");
        assertThat(s3.bucket()).isEqualTo("codelive-blobs");
        assertThat(s3.region()).isEqualTo("us-east-1");
        assertThat(s3.pathStyle()).isTrue();
        assertThat(config.profile()).isEqualTo("production");
        assertThat(config(with("S3_PATH_STYLE", "false")).s3().orElseThrow().pathStyle()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"S3_ENDPOINT", "S3_BUCKET", "S3_ACCESS_KEY", "S3_SECRET_KEY", "S3_REGION"})
    void aPartialSetNamesTheMissingVariable(String missing) {
        Map<String, String> env = new HashMap<>(COMPLETE);
        env.remove(missing);

        assertThatThrownBy(() -> config(env))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.key()).isEqualTo(missing))
                .hasMessageContaining("is required because")
                .hasMessageNotContaining("s3cr3t-do-not-print");
    }

    @Test
    void pathStyleAloneIsAMistake() {
        assertThatThrownBy(() -> config(Map.of("S3_PATH_STYLE", "true")))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.key()).isEqualTo("S3_PATH_STYLE"));
    }

    @Test
    void valuesAreValidated() {
        assertThatThrownBy(() -> config(with("S3_ENDPOINT", "minio:9000")))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.key()).isEqualTo("S3_ENDPOINT"));
        assertThatThrownBy(() -> config(with("S3_ENDPOINT", "https://user:pw@s3.example.com")))
                .hasMessageContaining("S3_ENDPOINT").hasMessageNotContaining("pw@");
        assertThatThrownBy(() -> config(with("S3_ENDPOINT", "https://s3.example.com/some/path"))).hasMessageContaining("without path");
        assertThatThrownBy(() -> config(with("S3_BUCKET", "Upper_Case")))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.key()).isEqualTo("S3_BUCKET"));
        assertThatThrownBy(() -> config(with("S3_REGION", "eu west")))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.key()).isEqualTo("S3_REGION"));
        assertThatThrownBy(() -> config(with("S3_PATH_STYLE", "yes")))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.key()).isEqualTo("S3_PATH_STYLE"));
    }

    @Test
    void theSecretIsNeverPrinted() {
        ServerConfig config = config(COMPLETE);
        assertThat(config.s3().orElseThrow().toString()).doesNotContain("s3cr3t-do-not-print").contains("codelive-blobs");
        assertThat(config.toString()).doesNotContain("s3cr3t-do-not-print");
    }
}
