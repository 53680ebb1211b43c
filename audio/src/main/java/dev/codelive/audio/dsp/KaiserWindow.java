package dev.codelive.audio.dsp;

/**
 * The Kaiser window and the windowed-sinc lowpass built on it (Kaiser's design formulas), shared by the
 * resampler, the true-peak detectors and the band limiter.
 */
public final class KaiserWindow {
    private final double beta;
    private final double denominator;

    /** A window with the shape parameter beta (0 is rectangular; about 10 gives 100 dB sidelobe attenuation). */
    public KaiserWindow(double beta) {
        if (!(beta >= 0)) {
            throw new IllegalArgumentException("beta must be at least 0, got " + beta);
        }
        this.beta = beta;
        this.denominator = besselI0(beta);
    }

    /** The beta that gives a lowpass this much stopband attenuation, in dB (Kaiser's formula). */
    public static KaiserWindow forAttenuation(double decibels) {
        double beta;
        if (decibels > 50) {
            beta = 0.1102 * (decibels - 8.7);
        } else if (decibels >= 21) {
            beta = 0.5842 * Math.pow(decibels - 21, 0.4) + 0.07886 * (decibels - 21);
        } else {
            beta = 0;
        }
        return new KaiserWindow(beta);
    }

    /** The filter length, in samples, that reaches the attenuation over a transition band of this width (cycles per sample). */
    public static double lengthFor(double decibels, double transitionWidth) {
        return (decibels - 7.95) / (2.285 * 2 * Math.PI * transitionWidth);
    }

    /** The window at {@code x} from -1 to 1 (0 at the centre, where it is 1); 0 outside. */
    public double at(double x) {
        if (x <= -1 || x >= 1) {
            return 0;
        }
        return besselI0(beta * Math.sqrt(1 - x * x)) / denominator;
    }

    /**
     * The windowed-sinc lowpass with cutoff {@code cutoff} (cycles per sample, up to 0.5) at {@code t} samples from
     * its centre, the window spanning {@code halfLength} samples each side. Its taps sum to about 1 (unity DC gain).
     */
    public double lowpass(double t, double cutoff, double halfLength) {
        return 2 * cutoff * sinc(2 * cutoff * t) * at(t / halfLength);
    }

    /** sin(pi x) / (pi x). */
    private static double sinc(double x) {
        if (Math.abs(x) < 1e-12) {
            return 1;
        }
        return Math.sin(Math.PI * x) / (Math.PI * x);
    }

    /** The modified Bessel function of the first kind, order 0, by its power series (converges for every x). */
    static double besselI0(double x) {
        double sum = 1;
        double term = 1;
        double quarterSquare = x * x / 4;
        for (int k = 1; k < 500 && term > sum * 1e-17; k++) {
            term *= quarterSquare / ((double) k * k);
            sum += term;
        }
        return sum;
    }
}
