package dev.codelive.bench;

import dev.codelive.audio.io.WavWriter;
import dev.codelive.audio.score.Score;
import dev.codelive.audio.synth.BuiltInRenderer;
import dev.codelive.audio.synth.RenderedScore;
import dev.codelive.audio.synth.ScoreRenderer;
import dev.codelive.audio.synth.SoundFontRenderer;
import java.nio.file.Path;
import java.util.List;

/**
 * A fresh JVM's render, the counterpart of one fluidsynth run: composes a song of {@link RenderWorkload} (the same
 * score the bench exported as MIDI for fluidsynth: composing is deterministic), loads the soundfont, renders the
 * score at {@value #SAMPLE_RATE} Hz and writes the mix as a 16-bit WAV, as fluidsynth writes its output. Reports
 * the time of each step on standard error ({@link ChildTimings}). The mix is not mastered: fluidsynth does not master
 * either.
 *
 * <p>Usage: {@code RenderChild builtin|soundfont:FILE.sf2 SONG SECONDS OUT.wav}; soundfont rendering needs
 * {@code --add-exports java.desktop/com.sun.media.sound=ALL-UNNAMED}.
 */
public final class RenderChild {
    static final int SAMPLE_RATE = 44_100;
    static final String BUILTIN = "builtin";
    static final String SOUNDFONT_PREFIX = "soundfont:";
    private static final int BITS_PER_SAMPLE = 16;
    /** A score with no parts: rendering it makes the soundfont renderer read its soundfont, and does nothing else. */
    private static final Score NOTHING = new Score(120, 0.01, List.of());

    private RenderChild() {}

    /** The main class and arguments that make a child render {@code song} with {@code renderer} (see the usage above). */
    static List<String> arguments(String renderer, RenderWorkload.Song song, double seconds, Path out) {
        return List.of(RenderChild.class.getName(), renderer, song.name(), Figures.decimal(seconds, 3), out.toString());
    }

    public static void main(String[] args) {
        if (args.length != 4) {
            System.err.println("usage: RenderChild builtin|soundfont:FILE.sf2 SONG SECONDS OUT.wav");
            System.exit(2);
        }
        RenderWorkload.Song song = RenderWorkload.song(args[1]);
        double seconds = Double.parseDouble(args[2]);
        Path out = Path.of(args[3]);

        long start = System.nanoTime();
        Score score = song.compose(seconds);
        long composed = System.nanoTime();
        ScoreRenderer renderer = renderer(args[0]);
        if (renderer instanceof SoundFontRenderer) {
            renderer.render(NOTHING, SAMPLE_RATE);
        }
        long loaded = System.nanoTime();
        RenderedScore rendered = renderer.render(score, SAMPLE_RATE);
        long rendering = System.nanoTime();
        new WavWriter().write(rendered.mix(), out, BITS_PER_SAMPLE);
        long written = System.nanoTime();
        System.err.println(new ChildTimings(millis(start, composed), millis(composed, loaded), millis(loaded, rendering),
                millis(rendering, written)).line());
    }

    private static ScoreRenderer renderer(String name) {
        if (name.equals(BUILTIN)) {
            return new BuiltInRenderer();
        }
        if (name.startsWith(SOUNDFONT_PREFIX)) {
            return new SoundFontRenderer(Path.of(name.substring(SOUNDFONT_PREFIX.length())));
        }
        throw new IllegalArgumentException("renderer must be " + BUILTIN + " or " + SOUNDFONT_PREFIX + "FILE.sf2, got " + name);
    }

    private static double millis(long from, long to) {
        return (to - from) / 1e6;
    }
}
