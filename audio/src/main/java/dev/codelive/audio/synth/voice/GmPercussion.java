package dev.codelive.audio.synth.voice;

import dev.codelive.audio.score.Drum;

/** Which kit sound plays each General MIDI percussion key (35-81); the kit's own keys map to themselves. */
final class GmPercussion {

    private GmPercussion() {}

    static Drum drumFor(int key) {
        return switch (key) {
            case 35, 36 -> Drum.KICK;
            case 37, 56, 75, 76, 77 -> Drum.RIM;
            case 38, 40 -> Drum.SNARE;
            case 39 -> Drum.CLAP;
            case 41, 43, 45, 64, 65, 66, 67, 68 -> Drum.LOW_TOM;
            case 47, 48 -> Drum.MID_TOM;
            case 50, 60, 61, 62, 63, 78, 79 -> Drum.HIGH_TOM;
            case 42 -> Drum.CLOSED_HAT;
            case 44 -> Drum.PEDAL_HAT;
            case 46 -> Drum.OPEN_HAT;
            case 49, 52, 55, 57 -> Drum.CRASH;
            case 51, 53, 59, 80, 81 -> Drum.RIDE;
            case 54, 58, 69, 70, 71, 72, 73, 74 -> Drum.SHAKER;
            default -> throw new IllegalArgumentException(
                    "key " + key + " is not a General MIDI percussion key (35-81)");
        };
    }
}
