package dev.codelive.bench;

import dev.codelive.audio.synth.SoundFonts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a {@code foundry-render} run ran on and how, for the report.
 *
 * @param fluidsynthVersion what {@code fluidsynth --version} says of its runtime
 * @param soundFontBytes the soundfont's size
 * @param memoryKib the machine's memory (the child JVM's default heap is a share of it)
 * @param seconds each song's length
 * @param rounds timed rounds
 * @param warmup untimed renders of each song by each warm renderer before the rounds
 */
record RenderSetup(String fluidsynthVersion, long soundFontBytes, OptionalLong memoryKib, int seconds, int rounds, int warmup,
        RenderCommands commands) {
    private static final Path MEMINFO = Path.of("/proc/meminfo");

    /**
     * Checks that fluidsynth, GNU time and the soundfont are there and reads what the report says of them.
     *
     * @param soundFont the soundfont asked for; empty when none was found
     * @param work a folder to run {@code fluidsynth --version} in
     * @throws MissingPrerequisite naming everything that is missing and how to install it
     */
    static RenderSetup check(Optional<Path> soundFont, Path work, int seconds, int rounds, int warmup, List<String> jvmOptions)
            throws IOException {
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(GnuTime.BINARY)) {
            missing.add("GNU time at " + GnuTime.BINARY + " (apt-get install time)");
        }
        ProcessRun version = ProcessRun.run(List.of("fluidsynth", "--version"), work, Map.of(), Optional.empty(), Duration.ofSeconds(30));
        if (!version.succeeded()) {
            missing.add("fluidsynth on the PATH (apt-get install fluidsynth): " + version.describe());
        }
        if (soundFont.isEmpty() || !Files.isReadable(soundFont.get())) {
            missing.add("a General MIDI soundfont: --soundfont FILE, SOUNDFONT=FILE, or " + SoundFonts.DEBIAN_FLUID_R3
                    + " (apt-get install fluid-soundfont-gm)" + soundFont.map(path -> "; " + path + " cannot be read").orElse(""));
        }
        if (!missing.isEmpty()) {
            throw new MissingPrerequisite("foundry-render needs " + String.join("; ", missing));
        }
        return new RenderSetup(runtimeVersion(version.stdout()), Files.size(soundFont.get()), machineMemoryKib(), seconds, rounds, warmup,
                RenderCommands.ofThisJvm(soundFont.get(), jvmOptions));
    }

    /** The runtime's line of {@code fluidsynth --version} ("FluidSynth runtime version 2.3.1"), else its first line. */
    static String runtimeVersion(String versionOutput) {
        List<String> lines = versionOutput.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        return lines.stream().filter(line -> line.startsWith("FluidSynth runtime version")).findFirst()
                .or(() -> lines.stream().findFirst()).orElse("unknown version");
    }

    private static OptionalLong machineMemoryKib() {
        try {
            return Files.readAllLines(MEMINFO).stream().filter(line -> line.startsWith("MemTotal:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", ""))).findFirst();
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
