package dev.codelive.foundry.compose;

import dev.codelive.audio.score.Instrument;
import java.util.List;
import java.util.Objects;

/**
 * What the composer is asked to write, as read from a prompt (and the request's own fields).
 *
 * @param genre the style
 * @param moods the moods named, in the order they were named (may be empty)
 * @param bpm the tempo, from {@link #MIN_BPM} to {@link #MAX_BPM}
 * @param key the key
 * @param instruments the instruments named: each becomes a part of its own
 * @param excluded instruments the prompt asked to leave out ("no drums")
 * @param durationSeconds the exact length, from {@link #MIN_SECONDS} to {@link #MAX_SECONDS}
 * @param vocals whether a voice (a synthetic choir) sings
 */
public record MusicBrief(
        Genre genre,
        List<Mood> moods,
        double bpm,
        Key key,
        List<Instrument> instruments,
        List<Instrument> excluded,
        double durationSeconds,
        boolean vocals) {

    public static final double MIN_BPM = 50;
    public static final double MAX_BPM = 200;
    public static final double MIN_SECONDS = 1;
    public static final double MAX_SECONDS = 600;

    public MusicBrief {
        Objects.requireNonNull(genre, "genre");
        Objects.requireNonNull(key, "key");
        moods = List.copyOf(moods);
        instruments = List.copyOf(instruments);
        excluded = List.copyOf(excluded);
        if (!(bpm >= MIN_BPM && bpm <= MAX_BPM)) {
            throw new IllegalArgumentException("tempo must be from " + MIN_BPM + " to " + MAX_BPM + " bpm, got " + bpm);
        }
        if (!(durationSeconds >= MIN_SECONDS && durationSeconds <= MAX_SECONDS)) {
            throw new IllegalArgumentException(
                    "duration must be from " + MIN_SECONDS + " to " + MAX_SECONDS + " s, got " + durationSeconds);
        }
        for (Instrument instrument : instruments) {
            if (excluded.contains(instrument)) {
                throw new IllegalArgumentException(instrument.displayName() + " is both wanted and excluded");
            }
        }
    }

    public MusicBrief withDurationSeconds(double seconds) {
        return new MusicBrief(genre, moods, bpm, key, instruments, excluded, seconds, vocals);
    }

    public MusicBrief withVocals(boolean sing) {
        return new MusicBrief(genre, moods, bpm, key, instruments, excluded, durationSeconds, sing);
    }

    /** The sum of the moods' energies, from -1 to 1. */
    public double moodEnergy() {
        double sum = moods.stream().mapToDouble(Mood::energy).sum();
        return Math.max(-1, Math.min(1, sum));
    }
}
