package dev.codelive.audio.analysis;

/**
 * A second-order IIR section's coefficients, normalised so that a0 = 1:
 * {@code y[n] = b0 x[n] + b1 x[n-1] + b2 x[n-2] - a1 y[n-1] - a2 y[n-2]}.
 */
record Biquad(double b0, double b1, double b2, double a1, double a2) {

    /** Runs the section over {@code signal} in place (transposed direct form II, in double precision). */
    void filterInPlace(double[] signal) {
        double z1 = 0;
        double z2 = 0;
        for (int i = 0; i < signal.length; i++) {
            double x = signal[i];
            double y = b0 * x + z1;
            z1 = b1 * x - a1 * y + z2;
            z2 = b2 * x - a2 * y;
            signal[i] = y;
        }
    }
}
