package dev.codelive.foundry.compose;

import dev.codelive.audio.score.Drum;
import dev.codelive.audio.score.Note;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The drum part: the genre's grooves by section (light in verses, full in peaks, sparse in intros, silent in
 * breakdowns), a fill into each peak, a crash on it, a snare roll through builds, and a last hit under the ending.
 * Every hit falls on a grid of the tempo: sixteenths, eighth or sixteenth triplets, or thirty-seconds.
 */
final class DrumPatterns {
    private static final double HIT_BEATS = 0.25;
    private static final double CRASH_BEATS = 2;

    private DrumPatterns() {}

    static List<Note> write(Piece piece, SplittableRandom random) {
        DrumStyle style = DrumStyle.of(piece.genre());
        Notes notes = new Notes(piece.totalBeats());
        Arrangement arrangement = piece.arrangement();
        for (Section section : arrangement.sections()) {
            double dynamics = piece.dynamics(section);
            SectionKind next = arrangement.after(section).kind();
            boolean fillsOut = next != section.kind() && (next.isPeak() || next == SectionKind.ENDING
                    || next == SectionKind.BRIDGE);
            double fillFrom = fillsOut && section.kind() != SectionKind.BUILD ? section.endBeat() - 1 : section.endBeat();
            switch (section.kind()) {
                case ENDING -> {
                    hit(notes, section.startBeat(), CRASH_BEATS, Drum.CRASH, dynamics, random);
                    hit(notes, section.startBeat(), HIT_BEATS, Drum.KICK, dynamics, random);
                }
                case BREAKDOWN -> { }
                case BUILD -> build(notes, section, style, dynamics, random);
                case INTRO -> groove(notes, section, style.intro(), style, fillFrom, dynamics * 0.85, random);
                case CHORUS, DROP -> {
                    hit(notes, section.startBeat(), CRASH_BEATS, Drum.CRASH, dynamics, random);
                    groove(notes, section, style.full(), style, fillFrom, dynamics, random);
                }
                default -> groove(notes, section, style.light(), style, fillFrom, dynamics, random);
            }
            if (fillFrom < section.endBeat() && section.kind() != SectionKind.BREAKDOWN) {
                fill(notes, fillFrom, style, dynamics, random);
            }
        }
        return notes.list();
    }

    private static void groove(Notes notes, Section section, Map<Drum, String> groove, DrumStyle style,
            double fillFrom, double dynamics, SplittableRandom random) {
        for (int bar = 0; bar < section.bars(); bar++) {
            double barStart = section.startBeat() + 4.0 * bar;
            boolean roll = style.hatRolls() && bar % 2 == 1;
            for (Drum drum : Drum.values()) { // enum order, so that the random draws come in the same order every run
                String steps = groove.get(drum);
                if (steps == null) {
                    continue;
                }
                double stepBeats = 4.0 / steps.length();
                for (int i = 0; i < steps.length(); i++) {
                    double beat = barStart + i * stepBeats;
                    boolean rolled = roll && drum == Drum.CLOSED_HAT && beat >= barStart + 3;
                    boolean filled = beat >= fillFrom - 1e-9 && drum != Drum.KICK;
                    double weight = weight(steps.charAt(i));
                    if (weight > 0 && !rolled && !filled) {
                        hit(notes, beat, HIT_BEATS, drum, dynamics * weight, random);
                    }
                }
            }
            if (roll && barStart + 3 < fillFrom - 1e-9) {
                hatRoll(notes, barStart + 3, dynamics, random);
            }
        }
    }

    /** The last beat of a bar as sixteenth triplets or thirty-seconds, rising. */
    private static void hatRoll(Notes notes, double beat, double dynamics, SplittableRandom random) {
        int division = random.nextBoolean() ? 6 : 8;
        for (int i = 0; i < division; i++) {
            hit(notes, beat + (double) i / division, HIT_BEATS / 2, Drum.CLOSED_HAT,
                    dynamics * (0.45 + 0.4 * i / division), random);
        }
    }

    /** The last beat before a peak: sixteenths (triplets when swinging) rising to the downbeat. */
    private static void fill(Notes notes, double beat, DrumStyle style, double dynamics, SplittableRandom random) {
        int division = style.tripletFill() ? 3 : 4;
        for (int i = 0; i < division; i++) {
            Drum drum = style.fill() == Drum.LOW_TOM && i >= division / 2 ? Drum.MID_TOM : style.fill();
            hit(notes, beat + (double) i / division, HIT_BEATS, drum, dynamics * (0.6 + 0.4 * i / division), random);
        }
    }

    /**
     * A build: kick on every beat but the last bar's, and a snare roll that doubles its speed as it goes (quarters,
     * eighths, sixteenths, thirty-seconds on the last beat) and grows louder.
     */
    private static void build(Notes notes, Section section, DrumStyle style, double dynamics,
            SplittableRandom random) {
        double start = section.startBeat();
        double end = section.endBeat();
        for (double beat = start; beat < end - 4 - 1e-9; beat += 1) {
            hit(notes, beat, HIT_BEATS, Drum.KICK, dynamics, random);
        }
        double beat = start;
        while (beat < end - 1e-9) {
            double progress = (beat - start) / section.beats();
            double every = end - beat <= 1 ? 0.125 : progress < 0.5 ? 1 : progress < 0.75 ? 0.5 : 0.25;
            hit(notes, beat, HIT_BEATS / 2, style.fill() == Drum.LOW_TOM ? Drum.LOW_TOM : Drum.SNARE,
                    dynamics * (0.3 + 0.7 * progress), random);
            beat += every;
        }
    }

    private static void hit(Notes notes, double beat, double beats, Drum drum, double velocity,
            SplittableRandom random) {
        notes.add(beat, beats, drum.key(), velocity * (0.92 + 0.08 * random.nextDouble()));
    }

    private static double weight(char step) {
        return switch (step) {
            case 'X' -> 1.0;
            case 'x' -> 0.8;
            case 'o' -> 0.45;
            default -> 0;
        };
    }
}
