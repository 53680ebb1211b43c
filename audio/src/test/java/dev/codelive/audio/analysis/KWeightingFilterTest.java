package dev.codelive.audio.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class KWeightingFilterTest {

    @Test
    void at48kHzTheDerivedCoefficientsAreTheOnesBs1770Tabulates() {
        KWeightingFilter filter = new KWeightingFilter(48_000);

        Biquad shelf = filter.shelf();
        assertThat(shelf.b0()).isCloseTo(1.53512485958697, within(1e-6));
        assertThat(shelf.b1()).isCloseTo(-2.69169618940638, within(1e-6));
        assertThat(shelf.b2()).isCloseTo(1.19839281085285, within(1e-6));
        assertThat(shelf.a1()).isCloseTo(-1.69065929318241, within(1e-6));
        assertThat(shelf.a2()).isCloseTo(0.73248077421585, within(1e-6));
        Biquad highPass = filter.highPass();
        assertThat(highPass.b0()).isEqualTo(1);
        assertThat(highPass.b1()).isEqualTo(-2);
        assertThat(highPass.b2()).isEqualTo(1);
        assertThat(highPass.a1()).isCloseTo(-1.99004745483398, within(1e-6));
        assertThat(highPass.a2()).isCloseTo(0.99007225036621, within(1e-6));
    }

    @Test
    void theResponseIsTheSameCurveAtEveryRate() {
        KWeightingFilter reference = new KWeightingFilter(48_000);
        for (int rate : new int[] {44_100, 32_000, 96_000, 192_000}) {
            KWeightingFilter filter = new KWeightingFilter(rate);
            for (double hz : new double[] {20, 50, 100, 500, 1000, 2000, 5000, 10_000, 14_000}) {
                assertThat(gainDb(filter, rate, hz)).as("%d Hz at %.0f Hz", rate, hz)
                        .isCloseTo(gainDb(reference, 48_000, hz), within(0.05));
            }
        }
    }

    @Test
    void theCurveHasTheShapeOfK() {
        KWeightingFilter filter = new KWeightingFilter(48_000);

        assertThat(gainDb(filter, 48_000, 1000)).isCloseTo(0.69, within(0.02)); // why BS.1770 subtracts 0.691
        assertThat(gainDb(filter, 48_000, 10_000)).isCloseTo(4.0, within(0.1)); // the shelf's +4 dB
        assertThat(gainDb(filter, 48_000, 20)).isLessThan(-10); // the RLB high-pass
    }

    private static double gainDb(KWeightingFilter filter, int rate, double hz) {
        return magnitudeDb(filter.shelf(), rate, hz) + magnitudeDb(filter.highPass(), rate, hz);
    }

    private static double magnitudeDb(Biquad q, int rate, double hz) {
        double w = 2 * Math.PI * hz / rate;
        double numRe = q.b0() + q.b1() * Math.cos(w) + q.b2() * Math.cos(2 * w);
        double numIm = -q.b1() * Math.sin(w) - q.b2() * Math.sin(2 * w);
        double denRe = 1 + q.a1() * Math.cos(w) + q.a2() * Math.cos(2 * w);
        double denIm = -q.a1() * Math.sin(w) - q.a2() * Math.sin(2 * w);
        return 10 * Math.log10((numRe * numRe + numIm * numIm) / (denRe * denRe + denIm * denIm));
    }
}
