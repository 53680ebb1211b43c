package dev.codelive.audio.synth.voice;

import dev.codelive.audio.dsp.Biquad;

/**
 * The sung vowels of the choir, by their first four formants (centre, bandwidth and level of the vocal tract's
 * resonances, for a mid-range voice as tabulated in the Csound manual's formant appendix).
 */
enum Vowel {
    A(new double[] {800, 1150, 2800, 3500}, new double[] {80, 90, 120, 130}, new double[] {0, -4, -20, -36}),
    O(new double[] {450, 800, 2830, 3500}, new double[] {70, 80, 100, 130}, new double[] {0, -9, -16, -28}),
    E(new double[] {400, 1600, 2700, 3300}, new double[] {60, 80, 120, 150}, new double[] {0, -24, -30, -35});

    private final double[] centres;
    private final double[] bandwidths;
    private final double[] levelsDb;

    Vowel(double[] centres, double[] bandwidths, double[] levelsDb) {
        this.centres = centres;
        this.bandwidths = bandwidths;
        this.levelsDb = levelsDb;
    }

    /** A fresh filter bank (state included) that shapes a voice source into this vowel. */
    Formants formants(int sampleRate) {
        return new Formants(sampleRate);
    }

    /** The vowel's resonances as parallel band-passes. Stateful, one per channel per note. */
    final class Formants {
        private final Biquad[] bands = new Biquad[centres.length];
        private final float[] gains = new float[centres.length];

        private Formants(int sampleRate) {
            for (int i = 0; i < centres.length; i++) {
                double centre = Math.min(centres[i], 0.45 * sampleRate);
                bands[i] = Biquad.bandPass(sampleRate, centre, centre / bandwidths[i]);
                gains[i] = (float) Math.pow(10, levelsDb[i] / 20);
            }
        }

        float process(float source) {
            float sum = 0;
            for (int i = 0; i < bands.length; i++) {
                sum += gains[i] * bands[i].process(source);
            }
            return sum;
        }
    }
}
