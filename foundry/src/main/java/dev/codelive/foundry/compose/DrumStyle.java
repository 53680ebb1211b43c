package dev.codelive.foundry.compose;

import dev.codelive.audio.score.Drum;
import java.util.Map;

/**
 * A genre's drum grooves, one bar each, written as steps: 16 characters are sixteenths, 12 are eighth-note triplets
 * (for swing). "X" is an accent, "x" a normal hit, "o" a ghost note, "." silence.
 */
enum DrumStyle {
    FOUR_ON_THE_FLOOR(
            Map.of(Drum.KICK, "X...X...X...X...", Drum.CLAP, "....x.......x...", Drum.OPEN_HAT, "..x...x...x...x.",
                    Drum.CLOSED_HAT, "o.o.o.o.o.o.o.o.", Drum.SHAKER, "oooooooooooooooo"),
            Map.of(Drum.KICK, "X...X...X...X...", Drum.CLOSED_HAT, "..x...x...x...x.", Drum.CLAP, "....o.......o..."),
            Map.of(Drum.KICK, "X...X...X...X...", Drum.CLOSED_HAT, "..o...o...o...o."),
            Drum.SNARE, false, false),
    TECHNO(
            Map.of(Drum.KICK, "X...X...X...X...", Drum.CLOSED_HAT, "xoxoxoxoxoxoxoxo", Drum.OPEN_HAT, "..x...x...x...x.",
                    Drum.RIM, "...x..x....x..x.", Drum.CLAP, "....x.......x..."),
            Map.of(Drum.KICK, "X...X...X...X...", Drum.CLOSED_HAT, "xoxoxoxoxoxoxoxo", Drum.RIM, "...x..x....x..x."),
            Map.of(Drum.KICK, "X...X...X...X...", Drum.CLOSED_HAT, "..o...o...o...o."),
            Drum.CLAP, false, false),
    TRANCE(
            Map.of(Drum.KICK, "X...X...X...X...", Drum.OPEN_HAT, "..X...X...X...X.", Drum.CLAP, "....x.......x...",
                    Drum.CLOSED_HAT, "oooooooooooooooo"),
            Map.of(Drum.KICK, "X...X...X...X...", Drum.OPEN_HAT, "..x...x...x...x."),
            Map.of(Drum.KICK, "X...X...X...X...", Drum.CLOSED_HAT, "..o...o...o...o."),
            Drum.SNARE, false, false),
    BREAKBEAT(
            Map.of(Drum.KICK, "X.........x.....", Drum.SNARE, "....X.o....oX...", Drum.CLOSED_HAT, "x.x.x.x.x.x.x.x.",
                    Drum.RIDE, "o...o...o...o..."),
            Map.of(Drum.KICK, "X.........x.....", Drum.SNARE, "....X.......X...", Drum.CLOSED_HAT, "x...x...x...x..."),
            Map.of(Drum.CLOSED_HAT, "x.x.x.x.x.x.x.x.", Drum.KICK, "X..............."),
            Drum.SNARE, false, false),
    BACKBEAT(
            Map.of(Drum.KICK, "X.......x.x.....", Drum.SNARE, "....X.......X...", Drum.CLOSED_HAT, "x.x.x.x.x.x.x.x."),
            Map.of(Drum.KICK, "X.......x.......", Drum.SNARE, "....x.......x...", Drum.CLOSED_HAT, "o.o.o.o.o.o.o.o."),
            Map.of(Drum.CLOSED_HAT, "o.o.o.o.o.o.o.o.", Drum.KICK, "X.......x......."),
            Drum.SNARE, false, false),
    ROCK(
            Map.of(Drum.KICK, "X.....x.X.x.....", Drum.SNARE, "....X.......X...", Drum.CLOSED_HAT, "X.x.X.x.X.x.X.x."),
            Map.of(Drum.KICK, "X.......X.......", Drum.SNARE, "....x.......x...", Drum.CLOSED_HAT, "x.x.x.x.x.x.x.x."),
            Map.of(Drum.KICK, "X.......X.......", Drum.CLOSED_HAT, "x.x.x.x.x.x.x.x."),
            Drum.SNARE, false, false),
    BOOM_BAP(
            Map.of(Drum.KICK, "X.....x.x...", Drum.SNARE, "...X.....X..", Drum.CLOSED_HAT, "x.xx.xx.xx.x"),
            Map.of(Drum.KICK, "X.....x.....", Drum.SNARE, "...x.....x..", Drum.CLOSED_HAT, "o.oo.oo.oo.o"),
            Map.of(Drum.CLOSED_HAT, "o.oo.oo.oo.o", Drum.KICK, "X.....x....."),
            Drum.SNARE, true, false),
    HALF_TIME(
            Map.of(Drum.KICK, "X.........X..x..", Drum.CLAP, "........X.......", Drum.CLOSED_HAT, "x.x.x.x.x.x.x.x."),
            Map.of(Drum.KICK, "X.........x.....", Drum.CLAP, "........x.......", Drum.CLOSED_HAT, "x.x.x.x.x.x.x.x."),
            Map.of(Drum.CLOSED_HAT, "x.x.x.x.x.x.x.x.", Drum.KICK, "X..............."),
            Drum.SNARE, false, true),
    SWING(
            Map.of(Drum.RIDE, "X..x.xX..x.x", Drum.PEDAL_HAT, "...x.....x..", Drum.KICK, "o.....o.....",
                    Drum.SNARE, "........o..o"),
            Map.of(Drum.RIDE, "x..x.xx..x.x", Drum.PEDAL_HAT, "...x.....x..", Drum.KICK, "o.....o....."),
            Map.of(Drum.RIDE, "o..o.oo..o.o", Drum.PEDAL_HAT, "...o.....o.."),
            Drum.SNARE, true, false),
    FUNK(
            Map.of(Drum.KICK, "X.x...x...x..x..", Drum.SNARE, "....X..o.o..X..o", Drum.CLOSED_HAT, "xoxoxoxoxoxoxoxo"),
            Map.of(Drum.KICK, "X.....x...x.....", Drum.SNARE, "....x.......x...", Drum.CLOSED_HAT, "x.x.x.x.x.x.x.x."),
            Map.of(Drum.CLOSED_HAT, "x.x.x.x.x.x.x.x.", Drum.KICK, "X.....x...x....."),
            Drum.SNARE, false, false),
    ONE_DROP(
            Map.of(Drum.KICK, "........X.......", Drum.RIM, "........X.......", Drum.CLOSED_HAT, "x.x.x.x.x.x.x.x.",
                    Drum.OPEN_HAT, "..............x."),
            Map.of(Drum.KICK, "........X.......", Drum.RIM, "........x.......", Drum.CLOSED_HAT, "x.x.x.x.x.x.x.x."),
            Map.of(Drum.CLOSED_HAT, "o.o.o.o.o.o.o.o.", Drum.RIM, "........o......."),
            Drum.SNARE, false, false),
    AMBIENT_PULSE(
            Map.of(Drum.KICK, "x...x...x...x...", Drum.SHAKER, "x.o.x.o.x.o.x.o.", Drum.RIM, "....o.......o..."),
            Map.of(Drum.KICK, "x...x...x...x...", Drum.SHAKER, "x.o.x.o.x.o.x.o."),
            Map.of(Drum.SHAKER, "o.o.o.o.o.o.o.o."),
            Drum.RIM, false, false),
    CINEMATIC(
            Map.of(Drum.LOW_TOM, "X.....x.X.....x.", Drum.MID_TOM, "....x.......x...", Drum.KICK, "X.......X......."),
            Map.of(Drum.LOW_TOM, "X.......X.......", Drum.KICK, "X..............."),
            Map.of(Drum.LOW_TOM, "x..............."),
            Drum.LOW_TOM, false, false),
    FOLK(
            Map.of(Drum.KICK, "X.......x.......", Drum.RIM, "....x.......x...", Drum.SHAKER, "x.x.x.x.x.x.x.x."),
            Map.of(Drum.KICK, "X.......x.......", Drum.SHAKER, "o.o.o.o.o.o.o.o."),
            Map.of(Drum.SHAKER, "o.o.o.o.o.o.o.o."),
            Drum.RIM, false, false);

    private final Map<Drum, String> full;
    private final Map<Drum, String> light;
    private final Map<Drum, String> intro;
    private final Drum fill;
    private final boolean tripletFill;
    private final boolean hatRolls;

    DrumStyle(Map<Drum, String> full, Map<Drum, String> light, Map<Drum, String> intro, Drum fill,
            boolean tripletFill, boolean hatRolls) {
        this.full = full;
        this.light = light;
        this.intro = intro;
        this.fill = fill;
        this.tripletFill = tripletFill;
        this.hatRolls = hatRolls;
    }

    static DrumStyle of(Genre genre) {
        return switch (genre) {
            case AMBIENT -> AMBIENT_PULSE;
            case ELECTRONIC, HOUSE -> FOUR_ON_THE_FLOOR;
            case TECHNO -> TECHNO;
            case TRANCE -> TRANCE;
            case DRUM_AND_BASS -> BREAKBEAT;
            case HIP_HOP -> BOOM_BAP;
            case TRAP -> HALF_TIME;
            case POP -> BACKBEAT;
            case ROCK -> ROCK;
            case JAZZ -> SWING;
            case FUNK -> FUNK;
            case CINEMATIC -> CINEMATIC;
            case FOLK, CLASSICAL -> FOLK;
            case REGGAE -> ONE_DROP;
        };
    }

    /** The groove of choruses and drops. */
    Map<Drum, String> full() {
        return full;
    }

    /** The groove of verses, bridges and outros. */
    Map<Drum, String> light() {
        return light;
    }

    Map<Drum, String> intro() {
        return intro;
    }

    /** What plays the fill into a peak. */
    Drum fill() {
        return fill;
    }

    /** Whether the fill runs in triplets (swing) rather than sixteenths. */
    boolean tripletFill() {
        return tripletFill;
    }

    /** Whether closed hats roll (sixteenth triplets or thirty-seconds) at the end of every other bar (trap). */
    boolean hatRolls() {
        return hatRolls;
    }
}
