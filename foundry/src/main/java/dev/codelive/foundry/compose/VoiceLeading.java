package dev.codelive.foundry.compose;

/**
 * Voices chords in close position inside a register, each chord in the inversion that moves the voices least from the
 * previous one (the first one sits nearest the middle of the register).
 */
final class VoiceLeading {
    private final int low;
    private final int high;
    private int[] previous;

    /** @param low the lowest MIDI pitch a voice may take; @param high the highest */
    VoiceLeading(int low, int high) {
        if (high - low < 12) {
            throw new IllegalArgumentException("a register for chords spans at least an octave");
        }
        this.low = low;
        this.high = high;
    }

    /** The pitches of the next chord, low to high. */
    int[] next(int[] pitchClasses) {
        int[] best = null;
        double bestCost = Double.MAX_VALUE;
        for (int inversion = 0; inversion < pitchClasses.length; inversion++) {
            for (int bass = low; bass <= high; bass++) {
                if (Math.floorMod(bass, 12) != pitchClasses[inversion]) {
                    continue;
                }
                int[] voicing = closePosition(pitchClasses, inversion, bass);
                if (voicing[voicing.length - 1] > high) {
                    continue;
                }
                double cost = cost(voicing);
                if (cost < bestCost) {
                    bestCost = cost;
                    best = voicing;
                }
            }
        }
        if (best == null) {
            throw new IllegalStateException("no voicing fits between " + low + " and " + high);
        }
        previous = best;
        return best;
    }

    private static int[] closePosition(int[] pitchClasses, int inversion, int bass) {
        int[] voicing = new int[pitchClasses.length];
        voicing[0] = bass;
        for (int i = 1; i < voicing.length; i++) {
            int pitchClass = pitchClasses[(inversion + i) % pitchClasses.length];
            int pitch = voicing[i - 1] + 1;
            while (Math.floorMod(pitch, 12) != pitchClass) {
                pitch++;
            }
            voicing[i] = pitch;
        }
        return voicing;
    }

    /** Total movement from the previous chord, each voice to its nearest previous voice. */
    private double cost(int[] voicing) {
        if (previous == null) {
            double mean = 0;
            for (int pitch : voicing) {
                mean += pitch;
            }
            return Math.abs(mean / voicing.length - (low + high) / 2.0);
        }
        double cost = 0;
        for (int pitch : voicing) {
            int nearest = Integer.MAX_VALUE;
            for (int before : previous) {
                nearest = Math.min(nearest, Math.abs(pitch - before));
            }
            cost += nearest;
        }
        return cost;
    }
}
