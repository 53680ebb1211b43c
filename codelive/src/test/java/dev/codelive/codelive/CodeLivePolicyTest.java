package dev.codelive.codelive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codelive.codelive.evaluator.EvaluationBudget;
import dev.codelive.codelive.syntax.ParseLimits;
import dev.codelive.platform.config.ConfigException;
import dev.codelive.platform.config.PolicyLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeLivePolicyTest {
    @TempDir
    Path dir;

    private final PolicyLoader loader = new PolicyLoader();

    private CodeLivePolicy withOverride(String yaml) throws IOException {
        Path file = dir.resolve("policy.yml");
        Files.writeString(file, yaml);
        return loader.bindModule(loader.load(Optional.of(file)).policy(), CodeLivePolicy.SECTION, CodeLivePolicy.class);
    }

    @Test
    void theBundledSectionHoldsTheDocumentedLimits() {
        CodeLivePolicy policy = CodeLivePolicy.bundled();

        assertThat(policy.parseLimits()).isEqualTo(new ParseLimits(64 * 1024, 64, 256, 20_000, Duration.ofMillis(50)));
        assertThat(policy.evaluationBudget()).isEqualTo(new EvaluationBudget(40_000_000, Duration.ofSeconds(4), 1 << 20));
        assertThat(policy.batchMaxTracks()).isEqualTo(16);
        assertThat(policy.maxProgramChars()).isEqualTo(1 << 20);
    }

    @Test
    void anOperatorChangesOnlyTheKeysTheyName() throws IOException {
        CodeLivePolicy policy = withOverride("modules:\n  codelive:\n    snippet:\n      deadline_ms: 200\n    batch_max_tracks: 4\n");

        assertThat(policy.parseLimits().deadline()).isEqualTo(Duration.ofMillis(200));
        assertThat(policy.parseLimits().maxSourceBytes()).isEqualTo(64 * 1024);
        assertThat(policy.batchMaxTracks()).isEqualTo(4);
        assertThat(policy.evaluationBudget().maxSteps()).isEqualTo(40_000_000);
    }

    @Test
    void badValuesNameTheirKey() {
        assertThatThrownBy(() -> withOverride("modules:\n  codelive:\n    evaluation:\n      timeout_ms: 0\n"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("modules.codelive.evaluation.timeout_ms");
        assertThatThrownBy(() -> withOverride("modules:\n  codelive:\n    batch_max_tracks: 1000\n"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("modules.codelive.batch_max_tracks");
        assertThatThrownBy(() -> withOverride("modules:\n  codelive:\n    snippet:\n      max_kilobytes: 1\n"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("modules.codelive.snippet.max_kilobytes").hasMessageContaining("unknown key");
    }
}
