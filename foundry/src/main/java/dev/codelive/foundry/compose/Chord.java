package dev.codelive.foundry.compose;

import java.util.Arrays;

/**
 * A chord built in thirds on a scale degree of the key: a triad, or a seventh chord.
 *
 * @param degree the root's scale degree, 0 (the tonic) to 6
 * @param seventh whether the diatonic seventh is added
 * @param raisedThird the harmonic-minor dominant (V in a minor key with its third raised to the leading tone): the
 *     one chromatic note the composer writes on purpose
 */
public record Chord(int degree, boolean seventh, boolean raisedThird) {
    public Chord {
        if (degree < 0 || degree > 6) {
            throw new IllegalArgumentException("a chord's degree is 0-6, got " + degree);
        }
    }

    public static Chord triad(int degree) {
        return new Chord(degree, false, false);
    }

    public Chord withSeventh() {
        return new Chord(degree, true, raisedThird);
    }

    /** The chord's pitch classes in the key, root first, then third, fifth (and seventh). */
    public int[] pitchClasses(Key key) {
        int[] tones = new int[seventh ? 4 : 3];
        for (int i = 0; i < tones.length; i++) {
            tones[i] = key.pitchClassOf(degree + 2 * i);
        }
        if (raisedThird) {
            tones[1] = Math.floorMod(tones[1] + 1, 12);
        }
        return tones;
    }

    public int rootPitchClass(Key key) {
        return key.pitchClassOf(degree);
    }

    /** The pitch class of the chord's fifth. */
    public int fifthPitchClass(Key key) {
        return key.pitchClassOf(degree + 4);
    }

    public boolean contains(Key key, int pitch) {
        int pitchClass = Math.floorMod(pitch, 12);
        return Arrays.stream(pitchClasses(key)).anyMatch(tone -> tone == pitchClass);
    }
}
