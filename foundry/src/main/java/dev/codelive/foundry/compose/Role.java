package dev.codelive.foundry.compose;

/** What a part does in the arrangement. */
public enum Role {
    DRUMS,
    BASS,
    /** Plays the chords, in the instrument's way (sustained, stabs, arpeggios, strums...). */
    HARMONY,
    /** Plays the tune. */
    MELODY,
    /** A slow line of chord tones above the tune, in the peaks. */
    COUNTER,
    /** The synthetic choir singing a vocal line on vowels. */
    VOCALS
}
