package dev.codelive.audio.synth;

/**
 * Seeds for each note's randomness, from the part's name and the note's index only: a note sounds the same whatever
 * thread renders it and whatever other parts the score has.
 */
final class NoteSeeds {

    private NoteSeeds() {}

    static long forNote(String partName, int noteIndex) {
        // FNV-1a over the name, then SplitMix64's finaliser over name and index together.
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < partName.length(); i++) {
            hash ^= partName.charAt(i);
            hash *= 0x100000001b3L;
        }
        long z = hash + 0x9E3779B97F4A7C15L * (noteIndex + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
