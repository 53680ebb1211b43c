package dev.codelive.foundry.compose;

/**
 * A chord sounding from a beat for a number of beats.
 *
 * @param startBeat when it starts
 * @param beats how long it lasts
 * @param chord what it is
 */
public record ChordSpan(double startBeat, double beats, Chord chord) {
    public double endBeat() {
        return startBeat + beats;
    }
}
