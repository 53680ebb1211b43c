package dev.codelive.codelive.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Toolchain detection: versions of what is here, clear reasons for what is not. */
class ToolchainsTest {

    @ParameterizedTest
    @EnumSource(Target.class)
    void everyToolchainReportsItsVersion(Target target) {
        Toolchains.require(target);
        String version = Toolchains.local().version(target);
        System.out.println("toolchain " + target + ": " + version);
        assertThat(version).isNotBlank().containsPattern("\\d+\\.\\d+");
    }

    @Test
    void theReportHasALinePerTarget() {
        String report = Toolchains.local().report();
        System.out.print(report);
        assertThat(report.lines()).hasSize(Target.values().length);
    }

    @Test
    void aMissingExecutableIsReportedWithWhereItWasLookedFor(@TempDir Path empty) {
        ToolLocator nowhere = new ToolLocator(Map.of("tsc", empty.resolve("tsc")), List.of(empty), Map.of());
        Toolchains none = Toolchains.detect(nowhere, RunnerSettings.defaults().withCacheDirectory(empty));
        assertThat(none.availability(Target.TYPESCRIPT)).isEqualTo(new Toolchains.Availability.Missing(
                "tsc is not on the PATH nor at " + empty.resolve("tsc")));
        assertThat(none.availability(Target.RUST)).isInstanceOf(Toolchains.Availability.Missing.class);
        assertThat(none.report()).contains("MISSING: rustc is not on the PATH");
    }
}
