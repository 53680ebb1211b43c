package dev.codelive.audio.analysis;

/** BS.1770's mapping between a block's weighted mean-square power and its loudness. */
final class Loudness {
    /** BS.1770's absolute gate, shared by integrated loudness and loudness range. */
    static final double ABSOLUTE_GATE_LUFS = -70;

    private Loudness() {}

    static double lufs(double power) {
        return -0.691 + 10 * Math.log10(power);
    }

    static double power(double lufs) {
        return Math.pow(10, (lufs + 0.691) / 10);
    }

    /** The loudness of the powers' energy mean, -infinity when there are none. */
    static double meanLufs(double[] powers, double aboveLufs) {
        double threshold = power(aboveLufs);
        double sum = 0;
        int count = 0;
        for (double p : powers) {
            if (p > threshold) {
                sum += p;
                count++;
            }
        }
        return count == 0 ? Double.NEGATIVE_INFINITY : lufs(sum / count);
    }
}
