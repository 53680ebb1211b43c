package dev.codelive.audio.synth;

import java.lang.reflect.InvocationTargetException;
import java.util.Map;
import javax.sound.midi.MidiUnavailableException;
import javax.sound.midi.Patch;
import javax.sound.midi.Synthesizer;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;

/**
 * The JDK's software synthesizer (Gervill) used offline: its {@code AudioSynthesizer.openStream} renders into a
 * stream as fast as it is read, instead of to a sound card. That interface lives in a package java.desktop does not
 * export, so the JVM must run with {@code --add-exports java.desktop/com.sun.media.sound=ALL-UNNAMED} (or a jar
 * manifest with {@code Add-Exports: java.desktop/com.sun.media.sound}); it is reached by reflection, since code
 * compiled for a release cannot name it.
 */
final class Gervill {
    private static final String PACKAGE = "com.sun.media.sound";
    static final String FLAG_ADVICE = "offline soundfont rendering needs the JVM flag --add-exports java.desktop/"
            + PACKAGE + "=ALL-UNNAMED (or the jar manifest entry Add-Exports: java.desktop/" + PACKAGE + ")";

    private Gervill() {}

    /** Whether the JVM lets this code reach Gervill's offline interface. */
    static boolean accessible() {
        return ModuleLayer.boot().findModule("java.desktop")
                .map(module -> module.isExported(PACKAGE, Gervill.class.getModule()))
                .orElse(false);
    }

    static void requireAccess() {
        if (!accessible()) {
            throw new IllegalStateException(FLAG_ADVICE);
        }
    }

    /** A new, closed software synthesizer. */
    static Synthesizer newSynthesizer() {
        return (Synthesizer) construct(PACKAGE + ".SoftSynthesizer", new Class<?>[0]);
    }

    /**
     * Opens the synthesizer for offline rendering. Closing the stream closes the synthesizer.
     *
     * @param properties Gervill's settings by name ("reverb", "chorus", "interpolation", "max polyphony" ...)
     */
    static AudioInputStream openStream(Synthesizer synthesizer, AudioFormat format, Map<String, Object> properties)
            throws MidiUnavailableException {
        try {
            Class<?> audioSynthesizer = Class.forName(PACKAGE + ".AudioSynthesizer");
            return (AudioInputStream) audioSynthesizer.getMethod("openStream", AudioFormat.class, Map.class)
                    .invoke(synthesizer, format, properties);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof MidiUnavailableException unavailable) {
                throw unavailable;
            }
            throw new IllegalStateException("Gervill could not open a stream", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(FLAG_ADVICE, e);
        }
    }

    /** The patch of a percussion kit (a soundfont's bank 128), which the public Patch class cannot express. */
    static Patch percussionPatch(int program) {
        return (Patch) construct(PACKAGE + ".ModelPatch", new Class<?>[] {int.class, int.class, boolean.class}, 0, program, true);
    }

    private static Object construct(String className, Class<?>[] parameterTypes, Object... arguments) {
        try {
            return Class.forName(className).getConstructor(parameterTypes).newInstance(arguments);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Gervill's " + className + " failed", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(FLAG_ADVICE, e);
        }
    }
}
