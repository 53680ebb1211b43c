package dev.codelive.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fresh-process command lines, and what the report quotes of fluidsynth's version. */
class RenderCommandsTest {
    private static final RenderCommands COMMANDS = new RenderCommands(Path.of("/sf/FluidR3_GM.sf2"), Path.of("/jdk/bin/java"), "/b/benchmarks.jar",
            List.of("-Xmx1g", "-XX:+UseSerialGC"));

    @Test
    void fluidsynthRendersTheMidiFileFastWithoutReverbOrChorus() {
        assertThat(COMMANDS.fluidsynth(Path.of("/w/pop.mid"), Path.of("/w/pop.wav"))).containsExactly(
                "fluidsynth", "-ni", "-q", "-r", "44100", "-F", "/w/pop.wav", "/sf/FluidR3_GM.sf2", "/w/pop.mid");
    }

    @Test
    void theChildGetsTheExtraOptionsTheExportAndTheSong() {
        assertThat(COMMANDS.child(true, RenderWorkload.song("rock"), 60, Path.of("/w/rock.wav"))).containsExactly(
                "/jdk/bin/java", "-Xmx1g", "-XX:+UseSerialGC", "--add-exports", "java.desktop/com.sun.media.sound=ALL-UNNAMED",
                "-cp", "/b/benchmarks.jar", "dev.codelive.bench.RenderChild", "soundfont:/sf/FluidR3_GM.sf2", "rock", "60.000", "/w/rock.wav");
        assertThat(COMMANDS.child(false, RenderWorkload.song("pop"), 30, Path.of("/w/pop.wav")))
                .containsSubsequence("dev.codelive.bench.RenderChild", "builtin", "pop", "30.000", "/w/pop.wav");
    }

    @Test
    void theVersionIsTheRuntimesLine() {
        String output = """
                FluidSynth runtime version 2.3.1
                Copyright (C) 2000-2022 Peter Hanappe and others.

                FluidSynth executable version 2.3.1
                """;

        assertThat(RenderSetup.runtimeVersion(output)).isEqualTo("FluidSynth runtime version 2.3.1");
        assertThat(RenderSetup.runtimeVersion("fluidsynth 9\n")).isEqualTo("fluidsynth 9");
    }
}
