package dev.codelive.foundry.compose;

import dev.codelive.audio.score.Instrument;
import dev.codelive.audio.score.Note;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * The tune, the vocal line and the counter-line. A tune is made of four-bar phrases: a two-bar motif, then the motif
 * again varied, ending on a held chord tone. Verses, choruses and bridges each have their motif; when a section comes
 * back, its motif comes back varied. Notes on strong beats (and long notes) are chord tones; the others are scale
 * steps between them.
 */
final class Melodies {
    private static final Set<SectionKind> SINGING = Set.of(SectionKind.VERSE, SectionKind.CHORUS, SectionKind.BRIDGE,
            SectionKind.DROP, SectionKind.BREAKDOWN);
    private static final Set<SectionKind> TUNE = Set.of(SectionKind.VERSE, SectionKind.CHORUS, SectionKind.BRIDGE,
            SectionKind.BUILD, SectionKind.DROP, SectionKind.BREAKDOWN, SectionKind.OUTRO);
    private static final Set<SectionKind> COUNTER = Set.of(SectionKind.INTRO, SectionKind.CHORUS, SectionKind.DROP,
            SectionKind.BREAKDOWN);
    private static final double PHRASE_BEATS = 16;

    /** Which motif a section plays: verse-like, peak or bridge-like. */
    private enum Theme { A, B, C }

    private record Line(int low, int high, double velocity, double breath, Motif.Density[] densities) {}

    private Melodies() {}

    /** The tune; when a voice sings, the tune plays only where the voice does not. */
    static List<Note> tune(Piece piece, Instrument instrument, boolean vocals, SplittableRandom random) {
        int[] register = switch (instrument) {
            case BELL -> new int[] {72, 93};
            case GUITAR -> new int[] {55, 76};
            case PIANO -> new int[] {64, 86};
            default -> new int[] {62, 84};
        };
        Line line = new Line(register[0], register[1], 0.8, 0.5,
                new Motif.Density[] {Motif.Density.MEDIUM, Motif.Density.BUSY, Motif.Density.SPARSE});
        return write(piece, line, kind -> TUNE.contains(kind) && !(vocals && SINGING.contains(kind)), random);
    }

    /** The synthetic choir's line: slower, in a singer's range, with a breath at the end of every phrase. */
    static List<Note> vocals(Piece piece, SplittableRandom random) {
        Line line = new Line(57, 74, 0.75, 1.0,
                new Motif.Density[] {Motif.Density.SPARSE, Motif.Density.MEDIUM, Motif.Density.SPARSE});
        return write(piece, line, SINGING::contains, random);
    }

    /** Half notes of chord tones high above the tune, moving as little as it can, in intros, peaks and breakdowns. */
    static List<Note> counter(Piece piece, Instrument instrument, SplittableRandom random) {
        int low = instrument == Instrument.BELL ? 72 : 67;
        int high = low + 19;
        Notes notes = new Notes(piece.totalBeats());
        int pitch = (low + high) / 2;
        for (Section section : piece.arrangement().sections()) {
            double velocity = 0.55 * piece.dynamics(section);
            if (section.kind() == SectionKind.ENDING) {
                pitch = nearestChordTone(piece, pitch, section.startBeat(), low, high, true);
                notes.add(section.startBeat(), ChordParts.ringing(section.beats()), pitch, velocity);
            } else if (COUNTER.contains(section.kind())) {
                for (double beat = section.startBeat(); beat < section.endBeat() - 1e-9; beat += 2) {
                    pitch = nearestChordTone(piece, pitch, beat, low, high, false);
                    notes.add(beat, 1.9, pitch, velocity * (0.95 + 0.1 * random.nextDouble()));
                }
            }
        }
        return notes.list();
    }

    /** A note of a phrase before it is added: the phrase's last note is still to be settled. */
    private record Pending(double start, double beats, int pitch, double velocity) {}

    private static List<Note> write(Piece piece, Line line, Predicate<SectionKind> plays, SplittableRandom random) {
        Map<Theme, Motif> motifs = new EnumMap<>(Theme.class);
        for (Theme theme : Theme.values()) {
            motifs.put(theme, Motif.invent(line.densities()[theme.ordinal()], random));
        }
        Notes notes = new Notes(piece.totalBeats());
        int pitch = (line.low() + line.high()) / 2;
        for (Section section : piece.arrangement().sections()) {
            double velocity = line.velocity() * piece.dynamics(section);
            if (section.kind() == SectionKind.ENDING) {
                pitch = nearestChordTone(piece, pitch, section.startBeat(), line.low(), line.high(), true);
                notes.add(section.startBeat(), ChordParts.ringing(section.beats()), pitch, velocity);
                continue;
            }
            if (!plays.test(section.kind())) {
                continue;
            }
            Theme theme = theme(section.kind());
            Motif motif = motifs.get(theme);
            motifs.put(theme, motif.varied(random)); // the next time this theme comes, it comes varied
            for (double phrase = section.startBeat(); phrase < section.endBeat() - 1e-9; phrase += PHRASE_BEATS) {
                double phraseEnd = Math.min(phrase + PHRASE_BEATS, section.endBeat());
                pitch = phrase(piece, line, notes, motif, phrase, phraseEnd, pitch, velocity, random);
            }
        }
        return notes.list();
    }

    /** One phrase: the motif, the motif varied, the last note held on a chord tone until a breath before the end. */
    private static int phrase(Piece piece, Line line, Notes notes, Motif motif, double start, double end, int pitch,
            double velocity, SplittableRandom random) {
        List<Pending> played = new ArrayList<>();
        Motif answer = motif.varied(random);
        for (int half = 0; half < 2; half++) {
            Motif current = half == 0 ? motif : answer;
            double offset = start + half * Motif.BEATS;
            for (int i = 0; i < current.notes().size(); i++) {
                Motif.MotifNote note = current.notes().get(i);
                double straight = offset + note.offset();
                double beat = piece.swung(straight);
                if (beat >= end - line.breath() - 1e-9) {
                    break;
                }
                double beats = note.beats() - (beat - straight); // a swung note ends where it would have
                boolean strong = isStrong(straight) || note.beats() >= 1.5;
                pitch = next(piece, line, pitch, played.isEmpty() ? 0 : note.move(), beat, strong || played.isEmpty());
                double accent = isStrong(straight) ? 1 : 0.85;
                played.add(new Pending(beat, beats, pitch, velocity * accent * (0.94 + 0.12 * random.nextDouble())));
            }
        }
        if (!played.isEmpty()) {
            Pending last = played.removeLast();
            pitch = nearestChordTone(piece, pitch, last.start(), line.low(), line.high(), true);
            played.add(new Pending(last.start(), Math.max(last.beats(), end - line.breath() - last.start()), pitch,
                    last.velocity()));
        }
        for (Pending note : played) {
            notes.add(note.start(), note.beats(), note.pitch(), note.velocity());
        }
        return pitch;
    }

    private static int next(Piece piece, Line line, int pitch, int move, double beat, boolean chordTone) {
        Key key = piece.key();
        int step = key.stepOf(pitch);
        int candidate = key.pitchOfStep(step + move);
        if (candidate < line.low() || candidate > line.high()) {
            candidate = key.pitchOfStep(step - move);
        }
        return chordTone ? nearestChordTone(piece, candidate, beat, line.low(), line.high(), false) : candidate;
    }

    /**
     * The chord tone sounding at the beat nearest to a pitch, within the register; with {@code rootOrThird}, only the
     * root or third (for phrase endings, which should sound settled).
     */
    private static int nearestChordTone(Piece piece, int pitch, double beat, int low, int high, boolean rootOrThird) {
        Chord chord = piece.harmony().chordAt(beat);
        int[] classes = chord.pitchClasses(piece.key());
        int best = -1;
        for (int candidate = low; candidate <= high; candidate++) {
            int pitchClass = Math.floorMod(candidate, 12);
            boolean tone = rootOrThird
                    ? pitchClass == classes[0] || pitchClass == classes[1]
                    : chord.contains(piece.key(), candidate);
            if (tone && (best < 0 || Math.abs(candidate - pitch) < Math.abs(best - pitch))) {
                best = candidate;
            }
        }
        return best < 0 ? pitch : best;
    }

    /** The first and third beats of a bar. */
    private static boolean isStrong(double beat) {
        double inBar = beat - 4 * Math.floor(beat / 4);
        return Math.abs(inBar) < 1e-9 || Math.abs(inBar - 2) < 1e-9;
    }

    private static Theme theme(SectionKind kind) {
        return switch (kind) {
            case CHORUS, DROP, ENDING -> Theme.B;
            case BRIDGE, BREAKDOWN -> Theme.C;
            case INTRO, VERSE, BUILD, OUTRO -> Theme.A;
        };
    }
}
