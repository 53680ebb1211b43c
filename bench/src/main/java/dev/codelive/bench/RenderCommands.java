package dev.codelive.bench;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The command lines of the fresh-process renders: fluidsynth, and a {@link RenderChild} JVM, both at
 * {@value RenderChild#SAMPLE_RATE} Hz writing a WAV file.
 *
 * @param soundFont the soundfont both fluidsynth and our soundfont renderer play
 * @param java the child JVM's launcher (the bench's own)
 * @param classPath the child's class path (the bench's own: the shaded jar holds the audio and foundry modules)
 * @param jvmOptions extra child JVM options ({@code --jvm-options}); none by default, so that heap and GC are the JVM's own
 *     defaults, as for a server started with a plain {@code java -jar}
 */
record RenderCommands(Path soundFont, Path java, String classPath, List<String> jvmOptions) {
    /** Gervill's offline interface, as the server's jar manifest exports it (see audio's Gervill). */
    static final String ADD_EXPORTS = "java.desktop/com.sun.media.sound=ALL-UNNAMED";

    RenderCommands {
        jvmOptions = List.copyOf(jvmOptions);
    }

    /** A child launched as the bench was: this JVM's launcher and class path (made absolute: the child runs in the work folder). */
    static RenderCommands ofThisJvm(Path soundFont, List<String> jvmOptions) {
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toString()).collect(Collectors.joining(File.pathSeparator));
        return new RenderCommands(soundFont, Path.of(System.getProperty("java.home"), "bin", "java"), classPath, jvmOptions);
    }

    /**
     * fluidsynth rendering {@code midi} to {@code out} as fast as it can, without MIDI input or a shell, quietly, with
     * its default reverb and chorus on: our renderers' output is a mix with effects too (a reverb send and bus
     * compression on our mixing desk), so fluidsynth's defaults are the like-for-like reference, not a dry render.
     */
    List<String> fluidsynth(Path midi, Path out) {
        return List.of("fluidsynth", "-ni", "-q", "-r", Integer.toString(RenderChild.SAMPLE_RATE), "-F", out.toString(),
                soundFont.toString(), midi.toString());
    }

    /** A fresh JVM rendering {@code song} with our soundfont renderer ({@code soundFont} true) or the built-in one. */
    List<String> child(boolean soundFontRenderer, RenderWorkload.Song song, double seconds, Path out) {
        List<String> command = new ArrayList<>(jvm());
        command.addAll(RenderChild.arguments(soundFontRenderer ? RenderChild.SOUNDFONT_PREFIX + soundFont : RenderChild.BUILTIN, song, seconds,
                out));
        return command;
    }

    /** The child's launcher and JVM options, up to its class path. */
    List<String> jvm() {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("--add-exports", ADD_EXPORTS, "-cp", classPath));
        return command;
    }
}
