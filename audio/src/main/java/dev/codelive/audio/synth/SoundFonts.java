package dev.codelive.audio.synth;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Where the General MIDI soundfont is: {@code SOUNDFONT} when set, else Debian's FluidR3 GM if installed. */
public final class SoundFonts {
    /** Installed by Debian's fluid-soundfont-gm package. */
    public static final Path DEBIAN_FLUID_R3 = Path.of("/usr/share/sounds/sf2/FluidR3_GM.sf2");

    /** The value of {@code SOUNDFONT} that asks for no soundfont (the built-in synthesizer) even where one is installed. */
    public static final String NONE = "none";

    private SoundFonts() {}

    /**
     * The soundfont to use, or empty for none (the built-in synthesizer then plays): {@code SOUNDFONT} when it names a
     * file, none when it is {@value #NONE}, else the installed FluidR3.
     *
     * @throws IllegalArgumentException when {@code SOUNDFONT} names a file that cannot be read: a setting that is
     *     wrong should stop the start, not fall back quietly
     */
    public static Optional<Path> locate(Map<String, String> environment) {
        return locate(environment, DEBIAN_FLUID_R3);
    }

    static Optional<Path> locate(Map<String, String> environment, Path fallback) {
        String configured = environment.get("SOUNDFONT");
        if (configured != null && configured.strip().equalsIgnoreCase(NONE)) {
            return Optional.empty();
        }
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured.strip());
            if (!readable(path)) {
                throw new IllegalArgumentException("SOUNDFONT=" + configured + " is not a readable file");
            }
            return Optional.of(path);
        }
        return readable(fallback) ? Optional.of(fallback) : Optional.empty();
    }

    private static boolean readable(Path path) {
        return Files.isRegularFile(path) && Files.isReadable(path);
    }
}
