package dev.codelive.audio.score;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A piece of music as notes: what the composer writes and a renderer plays. Constant tempo, 4/4.
 *
 * @param bpm beats (quarter notes) per minute
 * @param seconds the exact length of the rendered audio, tails included; notes past it are cut
 * @param parts the voices, each rendered to a stem of its name
 */
public record Score(double bpm, double seconds, List<Part> parts) {

    public Score {
        if (!(bpm >= 20 && bpm <= 400)) {
            throw new IllegalArgumentException("tempo must be from 20 to 400 bpm, got " + bpm);
        }
        if (!(seconds > 0 && seconds <= 3600)) {
            throw new IllegalArgumentException("a score lasts more than 0 and at most 3600 seconds, got " + seconds);
        }
        parts = List.copyOf(parts);
        Set<String> names = new HashSet<>();
        for (Part part : parts) {
            if (!names.add(part.name())) {
                throw new IllegalArgumentException("two parts are named " + part.name());
            }
        }
    }

    public double secondsPerBeat() {
        return 60.0 / bpm;
    }

    /** The time of a beat, in seconds from the start. */
    public double secondsAt(double beat) {
        return beat * secondsPerBeat();
    }
}
