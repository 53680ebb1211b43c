package dev.codelive.bench;

import dev.codelive.audio.score.Score;
import dev.codelive.audio.synth.MidiExport;
import dev.codelive.foundry.compose.Composer;
import dev.codelive.foundry.compose.PromptReader;
import dev.codelive.foundry.provider.MusicRequest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The songs the {@code foundry-render} command renders: fixed prompts and seeds, composed by the local composer as
 * the server composes them (prompt, then arrangement). Composing is deterministic, so the bench and a
 * {@link RenderChild} get the same score from the same prompt, seed and length.
 */
final class RenderWorkload {
    /** One song: a name for the report, the prompt and the seed it is composed from. */
    record Song(String name, String prompt, long seed) {
        Score compose(double seconds) {
            return new Composer().arrange(new PromptReader().read(new MusicRequest("bench-" + name, prompt, seconds, false, seed)), seed)
                    .score();
        }
    }

    /**
     * A song composed once by the bench and exported for fluidsynth.
     *
     * @param midi the score as a type-1 Standard MIDI File
     * @param composeMillis how long composing took in the bench JVM (the first song's includes loading the composer)
     */
    record Composed(Song song, Score score, Path midi, double composeMillis) {}

    static final List<Song> SONGS = List.of(
            new Song("pop", "upbeat pop 120 bpm with piano, bass and drums", 1),
            new Song("ambient", "ambient electronic pad 90 bpm", 2),
            new Song("rock", "rock 140 bpm guitar bass drums", 3));

    private RenderWorkload() {}

    /** Composes each song at {@code seconds} and writes its MIDI file into {@code directory}. */
    static List<Composed> compose(List<Song> songs, double seconds, Path directory) throws IOException {
        List<Composed> composed = new ArrayList<>();
        for (Song song : songs) {
            long start = System.nanoTime();
            Score score = song.compose(seconds);
            double millis = (System.nanoTime() - start) / 1e6;
            Path midi = directory.resolve(song.name() + ".mid");
            MidiExport.write(score, midi);
            composed.add(new Composed(song, score, midi, millis));
        }
        return composed;
    }

    /** The song of that name. */
    static Song song(String name) {
        return SONGS.stream().filter(song -> song.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no song " + name + "; there are " + SONGS.stream().map(Song::name).toList()));
    }
}
