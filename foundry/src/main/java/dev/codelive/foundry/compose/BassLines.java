package dev.codelive.foundry.compose;

import dev.codelive.audio.score.Instrument;
import dev.codelive.audio.score.Note;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Bass lines that follow the chord roots in the genre's pattern: held roots, pop and rock eighths, house off-beats,
 * rolling techno sixteenths, a jazz walk, funk syncopation, boom-bap, long 808s, reggae and folk root-fifth lines.
 * The bass rests in intros and breakdowns and holds the tonic under the ending.
 */
final class BassLines {

    enum Style { HELD, POP, EIGHTHS, OFFBEAT, ROLLING, WALKING, FUNK, BOOM_BAP, EIGHT_O_EIGHT, REESE, REGGAE, FOLK }

    private static final int ROOT = 0;
    private static final int FIFTH = 1;
    private static final int OCTAVE = 2;
    private static final int THIRD = 3;

    /** A note of a one-bar pattern: where, how long, and which chord tone. */
    private record Step(double offset, double beats, int tone) {}

    private BassLines() {}

    static Style style(Genre genre) {
        return switch (genre) {
            case AMBIENT, CINEMATIC, CLASSICAL -> Style.HELD;
            case ELECTRONIC, HOUSE -> Style.OFFBEAT;
            case TECHNO, TRANCE -> Style.ROLLING;
            case DRUM_AND_BASS -> Style.REESE;
            case HIP_HOP -> Style.BOOM_BAP;
            case TRAP -> Style.EIGHT_O_EIGHT;
            case POP -> Style.POP;
            case ROCK -> Style.EIGHTHS;
            case JAZZ -> Style.WALKING;
            case FUNK -> Style.FUNK;
            case FOLK -> Style.FOLK;
            case REGGAE -> Style.REGGAE;
        };
    }

    static List<Note> write(Piece piece, Instrument instrument, SplittableRandom random) {
        Style style = style(piece.genre());
        int lowestRoot = instrument == Instrument.SYNTH_BASS ? 29 : 33;
        Notes notes = new Notes(piece.totalBeats());
        List<ChordSpan> spans = piece.harmony().spans();
        for (int i = 0; i < spans.size(); i++) {
            ChordSpan span = spans.get(i);
            Section section = piece.arrangement().sectionAt(span.startBeat());
            int[] tones = tones(piece.key(), span.chord(), lowestRoot);
            double velocity = 0.85 * piece.dynamics(section);
            switch (section.kind()) {
                case INTRO, BREAKDOWN -> { }
                case ENDING -> notes.add(span.startBeat(), ChordParts.ringing(span.beats()), tones[ROOT], velocity);
                default -> {
                    if (style == Style.HELD) {
                        notes.add(span.startBeat(), span.beats() - 0.1, tones[ROOT], velocity);
                    } else if (style == Style.WALKING) {
                        ChordSpan next = i + 1 < spans.size() ? spans.get(i + 1) : span;
                        walk(piece, notes, span, tones[ROOT], tones(piece.key(), next.chord(), lowestRoot)[ROOT],
                                velocity);
                    } else {
                        pattern(piece, notes, style, span, tones, velocity, random);
                    }
                }
            }
        }
        return notes.list();
    }

    /** Root, fifth, octave and third of a chord, the root at or above {@code lowestRoot} within an octave. */
    private static int[] tones(Key key, Chord chord, int lowestRoot) {
        int[] classes = chord.pitchClasses(key);
        int root = lowestRoot + Math.floorMod(classes[0] - lowestRoot, 12);
        return new int[] {
            root,
            root + Math.floorMod(classes[2] - classes[0], 12),
            root + 12,
            root + Math.floorMod(classes[1] - classes[0], 12)
        };
    }

    private static void pattern(Piece piece, Notes notes, Style style, ChordSpan span, int[] tones, double velocity,
            SplittableRandom random) {
        for (double bar = span.startBeat(); bar < span.endBeat() - 1e-9; bar += 4) {
            for (Step step : bar(style, random)) {
                double beat = piece.swung(bar + step.offset());
                if (beat >= span.endBeat() - 1e-9) {
                    break;
                }
                double accent = step.offset() == 0 ? 1 : 0.85;
                notes.add(beat, Math.min(step.beats(), span.endBeat() - beat), tones[step.tone()],
                        velocity * accent * (0.95 + 0.1 * random.nextDouble()));
            }
        }
    }

    private static List<Step> bar(Style style, SplittableRandom random) {
        return switch (style) {
            case POP -> List.of(new Step(0, 1.4, ROOT), new Step(1.5, 0.45, ROOT), new Step(2, 0.9, ROOT),
                    new Step(3, 0.45, FIFTH), new Step(3.5, 0.45, ROOT));
            case EIGHTHS -> List.of(new Step(0, 0.42, ROOT), new Step(0.5, 0.42, ROOT), new Step(1, 0.42, ROOT),
                    new Step(1.5, 0.42, ROOT), new Step(2, 0.42, ROOT), new Step(2.5, 0.42, ROOT),
                    new Step(3, 0.42, ROOT), new Step(3.5, 0.42, FIFTH));
            case OFFBEAT -> List.of(new Step(0.5, 0.4, ROOT), new Step(1.5, 0.4, ROOT), new Step(2.5, 0.4, OCTAVE),
                    new Step(3.5, 0.4, ROOT));
            case ROLLING -> rolling();
            case FUNK -> List.of(new Step(0, 0.4, ROOT), new Step(0.75, 0.2, OCTAVE), new Step(1.5, 0.2, ROOT),
                    new Step(2, 0.4, FIFTH), new Step(2.5, 0.2, ROOT), new Step(3, 0.2, OCTAVE),
                    new Step(3.25, 0.2, ROOT), new Step(3.75, 0.2, THIRD));
            case BOOM_BAP -> List.of(new Step(0, 1.4, ROOT), new Step(2, 0.6, ROOT), new Step(2.5, 1.2, FIFTH));
            case EIGHT_O_EIGHT -> List.of(new Step(0, 2.4, ROOT),
                    new Step(2.5, 1.4, random.nextInt(3) == 0 ? OCTAVE : ROOT));
            case REESE -> List.of(new Step(0, 2.4, ROOT), new Step(2.5, 1.4, ROOT));
            case REGGAE -> List.of(new Step(0, 0.9, ROOT), new Step(1.5, 0.45, THIRD), new Step(2, 0.9, FIFTH),
                    new Step(3, 0.45, OCTAVE), new Step(3.5, 0.45, FIFTH));
            case FOLK -> List.of(new Step(0, 1.9, ROOT), new Step(2, 1.9, FIFTH));
            case HELD, WALKING -> throw new IllegalArgumentException(style + " has no one-bar pattern");
        };
    }

    private static List<Step> rolling() {
        Step[] steps = new Step[12];
        for (int beat = 0; beat < 4; beat++) {
            steps[3 * beat] = new Step(beat + 0.25, 0.2, ROOT);
            steps[3 * beat + 1] = new Step(beat + 0.5, 0.2, OCTAVE);
            steps[3 * beat + 2] = new Step(beat + 0.75, 0.2, ROOT);
        }
        return List.of(steps);
    }

    /**
     * A walking line in quarter notes: the root on the chord's first beat, then scale steps towards the next root,
     * arriving on the scale note next to it on the last beat.
     */
    private static void walk(Piece piece, Notes notes, ChordSpan span, int root, int nextRoot, double velocity) {
        Key key = piece.key();
        int beats = (int) Math.round(span.beats());
        int step = key.stepOf(root);
        int target = key.stepOf(nextRoot);
        notes.add(span.startBeat(), 0.9, root, velocity);
        for (int beat = 1; beat < beats; beat++) {
            int remaining = beats - beat;
            int approach = target + (step <= target ? -1 : 1);
            int distance = approach - step;
            int move = distance == 0
                    ? (beat % 2 == 0 ? 1 : -1) // on the approach note already: step off it and back
                    : Integer.signum(distance) * (Math.abs(distance) > remaining ? 2 : 1);
            step += move;
            if (remaining == 1) {
                step = approach;
            }
            notes.add(span.startBeat() + beat, 0.9, key.pitchOfStep(step), velocity * 0.9);
        }
    }
}
