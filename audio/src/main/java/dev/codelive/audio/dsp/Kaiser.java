package dev.codelive.audio.dsp;

/** The Kaiser window, for windowed-sinc filters. */
final class Kaiser {

    private Kaiser() {}

    /** The window at x in [-1, 1] (0 outside), for shape parameter beta. */
    static double window(double x, double beta) {
        if (Math.abs(x) > 1) {
            return 0;
        }
        return besselI0(beta * Math.sqrt(1 - x * x)) / besselI0(beta);
    }

    private static double besselI0(double x) {
        double sum = 1;
        double term = 1;
        for (int k = 1; k < 50; k++) {
            term *= (x / (2 * k)) * (x / (2 * k));
            sum += term;
        }
        return sum;
    }
}
