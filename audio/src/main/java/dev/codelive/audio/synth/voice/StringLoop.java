package dev.codelive.audio.synth.voice;

/**
 * The Karplus-Strong loop: delay line, two-point average (half a sample of delay, the string's losses rising with
 * frequency) and a first-order all-pass tuned so that the whole loop is exactly one period at the fundamental.
 * Stateful, one per note.
 */
final class StringLoop {
    private final float[] line;
    private final double period;
    private final double omega;
    private final double allPass;
    private int position;
    private double lastTap;
    private double allPassInput;
    private double allPassOutput;
    private double loopGain;
    private final double frequency;

    StringLoop(double frequency, int sampleRate, double ringSeconds) {
        this.frequency = frequency;
        this.period = sampleRate / frequency;
        this.omega = 2 * Math.PI * frequency / sampleRate;
        // The average delays by 0.5; the all-pass delays by 0.1 to 1.1 samples, where it is most accurate.
        int delay = (int) Math.floor(period - 0.5 - 0.1);
        this.line = new float[delay];
        this.allPass = allPassFor(period - 0.5 - delay, omega);
        setRing(ringSeconds);
    }

    double period() {
        return period;
    }

    /** Sets the time the tone takes to fall 60 dB from now on. */
    void setRing(double seconds) {
        // Per period the loop must lose 60 dB / (seconds * frequency); the average already loses cos(w/2).
        double perPeriod = Math.pow(10, -3 / (seconds * frequency));
        loopGain = Math.min(0.99999, perPeriod / Math.cos(omega / 2));
    }

    float next(float input) {
        double tap = line[position];
        double averaged = 0.5 * (tap + lastTap);
        lastTap = tap;
        double tuned = allPass * averaged + allPassInput - allPass * allPassOutput;
        allPassInput = averaged;
        allPassOutput = tuned;
        float value = (float) (input + loopGain * tuned);
        line[position] = value;
        position = position + 1 == line.length ? 0 : position + 1;
        return value;
    }

    /**
     * The coefficient a of H(z) = (a + z^-1) / (1 + a z^-1) whose phase delay at w is the wanted delay: Thiran's
     * a = (1 - d) / (1 + d) is exact only at 0 Hz, so a few secant steps correct it at the note's own frequency.
     */
    static double allPassFor(double delay, double omega) {
        double a0 = (1 - delay) / (1 + delay);
        double a1 = a0 * 0.98;
        double e0 = phaseDelay(a0, omega) - delay;
        double e1 = phaseDelay(a1, omega) - delay;
        for (int step = 0; step < 20 && Math.abs(e1) > 1e-9 && e1 != e0; step++) {
            double a2 = a1 - e1 * (a1 - a0) / (e1 - e0);
            a0 = a1;
            e0 = e1;
            a1 = Math.max(-0.999, Math.min(0.999, a2));
            e1 = phaseDelay(a1, omega) - delay;
        }
        return a1;
    }

    private static double phaseDelay(double a, double omega) {
        double numerator = Math.atan2(-Math.sin(omega), a + Math.cos(omega));
        double denominator = Math.atan2(-a * Math.sin(omega), 1 + a * Math.cos(omega));
        return -(numerator - denominator) / omega;
    }
}
