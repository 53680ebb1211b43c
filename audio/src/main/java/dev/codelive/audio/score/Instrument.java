package dev.codelive.audio.score;

/**
 * What a {@link Part} is played on. Every instrument has a voice in the built-in synthesizer and a General MIDI
 * program for soundfont playback.
 */
public enum Instrument {
    DRUM_KIT(-1, "drums"),
    BASS(33, "bass"),             // GM 34: electric bass (finger)
    SYNTH_BASS(38, "synth bass"), // GM 39: synth bass 1
    PIANO(0, "piano"),            // GM 1: acoustic grand
    ELECTRIC_PIANO(4, "electric piano"),
    ORGAN(16, "organ"),
    GUITAR(24, "guitar"),         // GM 25: nylon-string guitar, a plucked string
    PLUCK(46, "pluck"),           // GM 47: orchestral harp, a plucked string
    STRINGS(48, "strings"),       // GM 49: string ensemble
    PAD(89, "pad"),               // GM 90: warm pad
    LEAD(81, "lead"),             // GM 82: sawtooth lead
    BELL(14, "bells"),            // GM 15: tubular bells
    CHOIR(52, "choir");           // GM 53: choir aahs; the voice-like part

    private final int gmProgram;
    private final String displayName;

    Instrument(int gmProgram, String displayName) {
        this.gmProgram = gmProgram;
        this.displayName = displayName;
    }

    /** The General MIDI program (0-based); -1 for the drum kit, which plays on MIDI channel 10. */
    public int gmProgram() {
        return gmProgram;
    }

    public boolean isDrums() {
        return this == DRUM_KIT;
    }

    public String displayName() {
        return displayName;
    }
}
