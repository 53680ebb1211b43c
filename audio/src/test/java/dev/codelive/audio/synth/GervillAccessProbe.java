package dev.codelive.audio.synth;

import dev.codelive.audio.score.Instrument;
import dev.codelive.audio.score.Note;
import dev.codelive.audio.score.Part;
import dev.codelive.audio.score.Score;
import java.nio.file.Path;
import java.util.List;

/** Run in a JVM started without the export flag: prints what rendering a soundfont reports. */
public final class GervillAccessProbe {

    private GervillAccessProbe() {}

    public static void main(String[] args) {
        SoundFontRenderer renderer = new SoundFontRenderer(Path.of(args[0]));
        Score score = new Score(120, 1, List.of(new Part("p", Instrument.PIANO, List.of(new Note(0, 1, 60, 0.5)), 0, 0, 0)));
        try {
            renderer.render(score, 44_100);
            System.out.println("rendered");
        } catch (IllegalStateException e) {
            System.out.println("refused: " + e.getMessage());
        }
    }
}
