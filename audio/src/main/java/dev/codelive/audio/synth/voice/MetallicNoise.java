package dev.codelive.audio.synth.voice;

/**
 * The classic analogue-machine cymbal source: six square waves at unrelated frequencies, summed into a dense,
 * clangorous spectrum. Stateful, one per hit.
 */
final class MetallicNoise {
    private final double[] phases;
    private final double[] increments;

    MetallicNoise(double[] frequencies, double scale, int sampleRate) {
        phases = new double[frequencies.length];
        increments = new double[frequencies.length];
        for (int i = 0; i < frequencies.length; i++) {
            increments[i] = frequencies[i] * scale / sampleRate;
            phases[i] = 0.13 * i;
        }
    }

    float next() {
        float sum = 0;
        for (int i = 0; i < phases.length; i++) {
            sum += phases[i] < 0.5 ? 1 : -1;
            phases[i] += increments[i];
            if (phases[i] >= 1) {
                phases[i] -= 1;
            }
        }
        return sum / phases.length;
    }
}
