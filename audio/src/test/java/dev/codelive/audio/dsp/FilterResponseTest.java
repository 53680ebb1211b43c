package dev.codelive.audio.dsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.codelive.audio.testsupport.Signals;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Magnitude responses measured with steady sines: the RMS out over the RMS in, once the filter has settled. */
class FilterResponseTest {
    private static final int RATE = 48_000;

    private static double gainDb(Supplier<UnaryOperator<Float>> filterFactory, double frequency) {
        UnaryOperator<Float> filter = filterFactory.get();
        float[] in = Signals.sine(frequency, 0.5, 0, RATE, RATE);
        float[] out = new float[in.length];
        for (int n = 0; n < in.length; n++) {
            out[n] = filter.apply(in[n]);
        }
        int from = RATE / 2;
        return Signals.db(Signals.rms(out, from, RATE) / Signals.rms(in, from, RATE));
    }

    private static Supplier<UnaryOperator<Float>> biquad(Supplier<Biquad> factory) {
        return () -> {
            Biquad biquad = factory.get();
            return biquad::process;
        };
    }

    @Test
    void lowPassIsFlatBelowMinus3DbAtCutoffAndSteepAbove() {
        var lowPass = biquad(() -> Biquad.lowPass(RATE, 1000, Math.sqrt(0.5)));

        assertThat(gainDb(lowPass, 100)).isCloseTo(0, within(0.05));
        assertThat(gainDb(lowPass, 1000)).isCloseTo(-3.01, within(0.1));
        assertThat(gainDb(lowPass, 4000)).isCloseTo(-24.1, within(1.0));
        assertThat(gainDb(lowPass, 16000)).isLessThan(-45);
    }

    @Test
    void highPassMirrorsTheLowPass() {
        var highPass = biquad(() -> Biquad.highPass(RATE, 1000, Math.sqrt(0.5)));

        assertThat(gainDb(highPass, 10000)).isCloseTo(0, within(0.1));
        assertThat(gainDb(highPass, 1000)).isCloseTo(-3.01, within(0.1));
        assertThat(gainDb(highPass, 250)).isCloseTo(-24.1, within(1.0));
    }

    @Test
    void bandPassPeaksAtZeroDbAndIsMinus3DbAtItsBandEdges() {
        double q = 2;
        var bandPass = biquad(() -> Biquad.bandPass(RATE, 1000, q));
        double half = 1 / (2 * q);
        double lowEdge = 1000 * (Math.sqrt(1 + half * half) - half);
        double highEdge = 1000 * (Math.sqrt(1 + half * half) + half);

        assertThat(gainDb(bandPass, 1000)).isCloseTo(0, within(0.05));
        assertThat(gainDb(bandPass, lowEdge)).isCloseTo(-3.01, within(0.15));
        assertThat(gainDb(bandPass, highEdge)).isCloseTo(-3.01, within(0.15));
        assertThat(gainDb(bandPass, 100)).isLessThan(-20);
        assertThat(gainDb(bandPass, 10000)).isLessThan(-20);
    }

    @Test
    void shelvesAndPeakingChangeOnlyTheirOwnBand() {
        var lowShelf = biquad(() -> Biquad.lowShelf(RATE, 200, 6));
        var highShelf = biquad(() -> Biquad.highShelf(RATE, 4000, -9));
        var peaking = biquad(() -> Biquad.peaking(RATE, 1000, 1.5, 8));

        assertThat(gainDb(lowShelf, 30)).isCloseTo(6, within(0.3));
        assertThat(gainDb(lowShelf, 200)).isCloseTo(3, within(0.2));
        assertThat(gainDb(lowShelf, 5000)).isCloseTo(0, within(0.1));
        assertThat(gainDb(highShelf, 18000)).isCloseTo(-9, within(0.5));
        assertThat(gainDb(highShelf, 4000)).isCloseTo(-4.5, within(0.3));
        assertThat(gainDb(highShelf, 200)).isCloseTo(0, within(0.1));
        assertThat(gainDb(peaking, 1000)).isCloseTo(8, within(0.1));
        assertThat(gainDb(peaking, 50)).isCloseTo(0, within(0.2));
    }

    @Test
    void stateVariableLowPassMatchesASecondOrderLowPassAndResonatesWithQ() {
        Supplier<UnaryOperator<Float>> flat = () -> new StateVariableFilter(RATE, 1000, Math.sqrt(0.5))::lowPass;
        Supplier<UnaryOperator<Float>> resonant = () -> new StateVariableFilter(RATE, 1000, 5)::lowPass;

        assertThat(gainDb(flat, 100)).isCloseTo(0, within(0.05));
        assertThat(gainDb(flat, 1000)).isCloseTo(-3.01, within(0.1));
        assertThat(gainDb(flat, 4000)).isCloseTo(-24.1, within(1.0));
        assertThat(gainDb(resonant, 1000)).isCloseTo(20 * Math.log10(5), within(0.3));
    }

    @Test
    void stateVariableFilterStaysStableWhileItsCutoffSweepsEverySample() {
        StateVariableFilter filter = new StateVariableFilter(RATE, 100, 8);
        float[] noise = Signals.whiteNoise(1, RATE, 7);
        double peak = 0;
        for (int n = 0; n < noise.length; n++) {
            filter.setCutoff(50 + 23_000 * (0.5 + 0.5 * Math.sin(n * 0.01)));
            peak = Math.max(peak, Math.abs(filter.lowPass(noise[n])));
        }
        assertThat(peak).isFinite().isLessThan(20);
    }

    @Test
    void dcBlockerRemovesAnOffsetAndKeepsAudio() {
        DcBlocker blocker = new DcBlocker(RATE);
        float[] signal = Signals.sine(440, 0.5, 0, RATE, RATE);
        for (int n = 0; n < signal.length; n++) {
            signal[n] += 0.3f;
        }
        blocker.processInPlace(signal);
        double mean = 0;
        for (int n = RATE / 2; n < RATE; n++) {
            mean += signal[n];
        }
        mean /= RATE / 2.0;
        assertThat(mean).isCloseTo(0, within(1e-3));
        assertThat(Signals.rms(signal, RATE / 2, RATE)).isCloseTo(0.5 / Math.sqrt(2), within(0.005));
    }

    @Test
    void rejectsFrequenciesOutsideTheBand() {
        assertThatThrownBy(() -> Biquad.lowPass(RATE, 30_000, 0.7)).hasMessageContaining("half the sample rate");
        assertThatThrownBy(() -> Biquad.bandPass(RATE, 1000, 0)).hasMessageContaining("q");
        assertThatThrownBy(() -> new StateVariableFilter(RATE, 1000, 0.1)).hasMessageContaining("resonance");
    }
}
