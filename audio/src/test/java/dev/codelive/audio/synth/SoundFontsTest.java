package dev.codelive.audio.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SoundFontsTest {
    @TempDir
    Path directory;

    @Test
    void theSoundfontVariableComesFirst() throws IOException {
        Path mine = Files.writeString(directory.resolve("mine.sf2"), "RIFF");
        Path fallback = Files.writeString(directory.resolve("fallback.sf2"), "RIFF");

        assertThat(SoundFonts.locate(Map.of("SOUNDFONT", mine.toString()), fallback)).contains(mine);
    }

    @Test
    void withoutTheVariableTheInstalledFluidR3IsUsedWhenReadable() throws IOException {
        Path fallback = Files.writeString(directory.resolve("FluidR3_GM.sf2"), "RIFF");

        assertThat(SoundFonts.locate(Map.of(), fallback)).contains(fallback);
        assertThat(SoundFonts.locate(Map.of("SOUNDFONT", "  "), fallback)).contains(fallback);
        assertThat(SoundFonts.locate(Map.of("SOUNDFONT", "none"), fallback)).as("asked for the built-in synthesizer").isEmpty();
        assertThat(SoundFonts.locate(Map.of(), directory.resolve("absent.sf2"))).isEmpty();
        assertThat(SoundFonts.locate(Map.of(), directory)).isEmpty();
    }

    @Test
    void aVariableNamingNoReadableFileIsAnError() {
        assertThatThrownBy(() -> SoundFonts.locate(Map.of("SOUNDFONT", directory.resolve("nope.sf2").toString())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SOUNDFONT=")
                .hasMessageContaining("nope.sf2");
    }

    @Test
    void theDefaultIsDebiansFluidR3() {
        assertThat(SoundFonts.DEBIAN_FLUID_R3).hasToString("/usr/share/sounds/sf2/FluidR3_GM.sf2");
    }
}
