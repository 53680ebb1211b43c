package dev.codelive.foundry.compose;

import dev.codelive.audio.score.Instrument;
import dev.codelive.audio.score.Note;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Plays the chord timeline on one instrument, in the way that instrument plays in the genre: held chords, pulses,
 * house stabs, jazz comping, arpeggios, strums, reggae skanks, funk chops or power chords. Quiet sections hold their
 * chords instead of playing rhythms (arpeggios keep going).
 */
final class ChordParts {
    /** Below this energy a rhythmic style holds its chords. */
    private static final double RHYTHM_ENERGY = 0.45;

    enum Style { SUSTAIN, PULSE, BLOCK, STABS, COMP, ARPEGGIO, STRUM, SKANK, CHOP, POWER }

    private record Hit(double offset, double beats, double accent) {}

    private static final List<Hit> COMP = List.of(new Hit(0, 1.0, 1.0), new Hit(1.5, 0.5, 0.8), new Hit(2.5, 1.2, 0.9));
    private static final List<Hit> STRUM = List.of(new Hit(0, 0.95, 1.0), new Hit(1, 0.45, 0.8), new Hit(1.5, 0.95, 0.7),
            new Hit(2.5, 0.45, 0.7), new Hit(3, 0.45, 0.85), new Hit(3.5, 0.45, 0.7));
    private static final String CHOP = "x.xx.x.x.xx.x.x.";

    private ChordParts() {}

    static Style style(Instrument instrument, Genre genre, double bpm) {
        return switch (instrument) {
            case PIANO -> switch (genre) {
                case HOUSE -> Style.STABS;
                case JAZZ, HIP_HOP, FUNK -> Style.COMP;
                case CLASSICAL, CINEMATIC, AMBIENT -> Style.ARPEGGIO;
                case REGGAE -> Style.SKANK;
                case ROCK -> Style.BLOCK;
                case POP, FOLK -> bpm < 95 ? Style.ARPEGGIO : Style.PULSE;
                default -> Style.SUSTAIN;
            };
            case ELECTRIC_PIANO -> switch (genre) {
                case JAZZ, HIP_HOP, FUNK -> Style.COMP;
                case HOUSE -> Style.STABS;
                case REGGAE -> Style.SKANK;
                default -> Style.SUSTAIN;
            };
            case ORGAN -> genre == Genre.REGGAE ? Style.SKANK : Style.SUSTAIN;
            case GUITAR -> switch (genre) {
                case REGGAE -> Style.SKANK;
                case FUNK -> Style.CHOP;
                case ROCK -> Style.POWER;
                case JAZZ -> Style.COMP;
                case CLASSICAL, AMBIENT, CINEMATIC -> Style.ARPEGGIO;
                default -> Style.STRUM;
            };
            case PLUCK -> Style.ARPEGGIO;
            default -> Style.SUSTAIN;
        };
    }

    static List<Note> write(Piece piece, Instrument instrument, SplittableRandom random) {
        Style style = style(instrument, piece.genre(), piece.brief().bpm());
        int[] register = register(instrument, style);
        VoiceLeading leading = new VoiceLeading(register[0], register[1]);
        Notes notes = new Notes(piece.totalBeats());
        for (ChordSpan span : piece.harmony().spans()) {
            Section section = piece.arrangement().sectionAt(span.startBeat());
            int[] voicing = leading.next(span.chord().pitchClasses(piece.key()));
            Style played = effectiveStyle(style, piece.energy(section), section.kind());
            double dynamics = piece.dynamics(section);
            if (section.kind() == SectionKind.ENDING) {
                sustain(notes, span.startBeat(), ringing(span.beats()), voicing, dynamics, random);
            } else {
                play(piece, notes, played, span, voicing, dynamics, random);
            }
        }
        return notes.list();
    }

    /** The final chord is released a little before the end, so that its release can ring out. */
    static double ringing(double beats) {
        return Math.max(0.5, beats * 0.8);
    }

    private static Style effectiveStyle(Style style, double energy, SectionKind kind) {
        boolean rhythmic = style != Style.SUSTAIN && style != Style.ARPEGGIO;
        return rhythmic && (energy < RHYTHM_ENERGY || kind == SectionKind.INTRO) ? Style.SUSTAIN : style;
    }

    private static void play(Piece piece, Notes notes, Style style, ChordSpan span, int[] voicing, double dynamics,
            SplittableRandom random) {
        double start = span.startBeat();
        double end = span.endBeat();
        switch (style) {
            case SUSTAIN -> sustain(notes, start, span.beats() - 0.05, voicing, dynamics * 0.8, random);
            case PULSE -> repeat(notes, start, end, 0.5, 0.42, voicing, dynamics * 0.8, piece, random);
            case BLOCK -> repeat(notes, start, end, 1, 0.9, voicing, dynamics * 0.85, piece, random);
            case STABS, SKANK -> offbeats(notes, start, end, voicing, dynamics, piece, random);
            case COMP -> hits(notes, start, end, COMP, voicing, dynamics * 0.8, piece, random, false);
            case STRUM -> hits(notes, start, end, STRUM, voicing, dynamics * 0.85, piece, random, true);
            case ARPEGGIO -> arpeggio(notes, start, end, voicing, dynamics * 0.75, piece, random);
            case CHOP -> chop(notes, start, end, voicing, dynamics, random);
            case POWER -> power(notes, start, end, voicing[0], span.chord(), piece, dynamics, random);
        }
    }

    private static void sustain(Notes notes, double start, double beats, int[] voicing, double velocity,
            SplittableRandom random) {
        for (int pitch : voicing) {
            notes.add(start, Math.max(0.1, beats), pitch, velocity * humanize(random));
        }
    }

    private static void repeat(Notes notes, double start, double end, double every, double length, int[] voicing,
            double velocity, Piece piece, SplittableRandom random) {
        for (double beat = start; beat < end - 1e-9; beat += every) {
            double accent = Math.abs(beat - Math.floor(beat)) < 1e-9 ? 1 : 0.8;
            chord(notes, piece.swung(beat), length, voicing, velocity * accent, random);
        }
    }

    private static void offbeats(Notes notes, double start, double end, int[] voicing, double velocity, Piece piece,
            SplittableRandom random) {
        for (double beat = start + 0.5; beat < end - 1e-9; beat += 1) {
            chord(notes, piece.swung(beat), 0.3, voicing, velocity * 0.85, random);
        }
    }

    private static void hits(Notes notes, double start, double end, List<Hit> pattern, int[] voicing,
            double velocity, Piece piece, SplittableRandom random, boolean strum) {
        for (double bar = start; bar < end - 1e-9; bar += 4) {
            for (int i = 0; i < pattern.size(); i++) {
                Hit hit = pattern.get(i);
                double beat = piece.swung(bar + hit.offset());
                if (beat >= end - 1e-9) {
                    break;
                }
                double length = Math.min(hit.beats(), end - beat);
                if (strum) {
                    strum(notes, beat, length, voicing, velocity * hit.accent(), i % 2 == 1, random);
                } else {
                    chord(notes, beat, length, voicing, velocity * hit.accent(), random);
                }
            }
        }
    }

    /** A strum spreads the chord by a few hundredths of a beat, upwards on a down-stroke. */
    private static void strum(Notes notes, double beat, double length, int[] voicing, double velocity, boolean up,
            SplittableRandom random) {
        for (int i = 0; i < voicing.length; i++) {
            int pitch = voicing[up ? voicing.length - 1 - i : i];
            notes.add(beat + 0.03 * i, Math.max(0.1, length - 0.03 * i), pitch, velocity * humanize(random));
        }
    }

    private static void arpeggio(Notes notes, double start, double end, int[] voicing, double velocity, Piece piece,
            SplittableRandom random) {
        double step = piece.genre().form() == Form.CLUB ? 0.25 : 0.5;
        int[] cycle = upAndDown(voicing);
        int i = 0;
        for (double beat = start; beat < end - 1e-9; beat += step, i++) {
            double accent = Math.abs(beat - Math.floor(beat)) < 1e-9 ? 1 : 0.85;
            double at = piece.swung(beat);
            notes.add(at, Math.min(step * 2, end - at), cycle[i % cycle.length], velocity * accent * humanize(random));
        }
    }

    /** The chord's notes up to the octave above the lowest, and back down without repeating the ends. */
    private static int[] upAndDown(int[] voicing) {
        int n = voicing.length;
        int[] up = new int[n + 1];
        System.arraycopy(voicing, 0, up, 0, n);
        up[n] = voicing[0] + 12;
        int[] cycle = new int[2 * n];
        for (int i = 0; i <= n; i++) {
            cycle[i] = up[i];
        }
        for (int i = 1; i < n; i++) {
            cycle[n + i] = up[n - i];
        }
        return cycle;
    }

    private static void chop(Notes notes, double start, double end, int[] voicing, double velocity,
            SplittableRandom random) {
        for (double bar = start; bar < end - 1e-9; bar += 4) {
            for (int step = 0; step < CHOP.length(); step++) {
                double beat = bar + step * 0.25;
                if (CHOP.charAt(step) == 'x' && beat < end - 1e-9) {
                    double accent = step % 4 == 0 ? 1 : 0.75;
                    chord(notes, beat, 0.15, voicing, velocity * accent, random);
                }
            }
        }
    }

    /** Root, fifth and octave on every eighth, from the root nearest below the voicing. */
    private static void power(Notes notes, double start, double end, int lowest, Chord chord, Piece piece,
            double velocity, SplittableRandom random) {
        int rootClass = chord.rootPitchClass(piece.key());
        int root = lowest - Math.floorMod(lowest - rootClass, 12);
        int fifth = root + Math.floorMod(chord.fifthPitchClass(piece.key()) - rootClass, 12);
        int[] power = {root, fifth, root + 12};
        for (double beat = start; beat < end - 1e-9; beat += 0.5) {
            double accent = Math.abs(beat - Math.floor(beat)) < 1e-9 ? 1 : 0.8;
            chord(notes, beat, 0.45, power, velocity * accent, random);
        }
    }

    private static void chord(Notes notes, double beat, double length, int[] voicing, double velocity,
            SplittableRandom random) {
        for (int pitch : voicing) {
            notes.add(beat, length, pitch, velocity * humanize(random));
        }
    }

    private static double humanize(SplittableRandom random) {
        return 0.94 + 0.12 * random.nextDouble();
    }

    private static int[] register(Instrument instrument, Style style) {
        if (style == Style.ARPEGGIO && instrument == Instrument.PIANO) {
            return new int[] {43, 64};
        }
        return switch (instrument) {
            case PAD, ORGAN -> new int[] {55, 76};
            case STRINGS -> new int[] {50, 76};
            case GUITAR -> new int[] {48, 69};
            case PLUCK, LEAD -> new int[] {60, 82};
            case BELL -> new int[] {67, 91};
            default -> new int[] {52, 74};
        };
    }
}
