package dev.codelive.audio.score;

/** The drum sounds a {@link Instrument#DRUM_KIT} part plays, by their General MIDI percussion keys. */
public enum Drum {
    KICK(36),
    RIM(37),
    SNARE(38),
    CLAP(39),
    CLOSED_HAT(42),
    LOW_TOM(45),
    PEDAL_HAT(44),
    OPEN_HAT(46),
    MID_TOM(47),
    HIGH_TOM(50),
    CRASH(49),
    RIDE(51),
    SHAKER(70);

    private final int key;

    Drum(int key) {
        this.key = key;
    }

    /** The General MIDI key, used as the note's pitch. */
    public int key() {
        return key;
    }
}
