package dev.codelive.audio.dsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.codelive.audio.PcmAudio;
import dev.codelive.audio.testsupport.ReferenceTruePeak;
import dev.codelive.audio.testsupport.Signals;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class TruePeakLimiterTest {
    private static final int RATE = 44_100;
    private static final TruePeakLimiter LIMITER = new TruePeakLimiter(new TruePeakLimiter.Settings(-1, 0.0015, 0.05));

    static Stream<Arguments> hostileInputs() {
        int frames = 2 * RATE;
        return Stream.of(
                Arguments.of("square 1 kHz at +20 dB", stereo(Signals.square(1000, 10, frames, RATE))),
                Arguments.of("square 3.7 kHz at 0 dBFS", stereo(Signals.square(3700, 1, frames, RATE))),
                Arguments.of("fs/4 sine, samples at 45 degrees (true peak 3 dB over the samples)",
                        stereo(Signals.sine(RATE / 4.0, Math.sqrt(2), Math.PI / 4, frames, RATE))),
                Arguments.of("19 kHz sine at +6 dB", stereo(Signals.sine(19_000, 2, 0.3, frames, RATE))),
                Arguments.of("white noise at +20 dB",
                        new PcmAudio(RATE, new float[][] {Signals.whiteNoise(10, frames, 1), Signals.whiteNoise(10, frames, 2)})),
                Arguments.of("bursts of +12 dB over a quiet sine", stereo(bursts(frames))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileInputs")
    void outputTruePeakNeverExceedsTheCeiling(String name, PcmAudio input) {
        PcmAudio out = LIMITER.process(input);

        assertThat(out.frames()).isEqualTo(input.frames());
        assertThat(out.channelCount()).isEqualTo(input.channelCount());
        assertThat(ReferenceTruePeak.dbtp(out.channels())).isLessThanOrEqualTo(-1.0);
    }

    @Test
    void audioUnderTheCeilingOnlyLosesTheBandAboveTwentyKilohertz() {
        float[] tone = Signals.sine(1000, 0.5, 0, RATE, RATE);
        float[] ultrasonic = Signals.sine(21_000, 0.1, 0, RATE, RATE);
        float[] both = new float[RATE];
        for (int n = 0; n < RATE; n++) {
            both[n] = tone[n] + ultrasonic[n];
        }

        PcmAudio out = LIMITER.process(stereo(both));

        for (int n = 200; n < RATE - 200; n++) {
            assertThat(out.channel(0)[n]).isCloseTo(tone[n], within(0.002f));
        }
    }

    @Test
    void onlyTheNeighbourhoodOfAPeakIsTurnedDownAndTheGainRecovers() {
        float[] signal = Signals.sine(200, 0.3, 0, 2 * RATE, RATE);
        int burst = RATE / 2;
        for (int n = burst; n < burst + 441; n++) {
            signal[n] *= 8;
        }
        PcmAudio out = LIMITER.process(stereo(signal));

        // Before the look-ahead window and once the release is over, the sine passes at full level.
        int before = burst - 200;
        for (int n = 200; n < before - 100; n += 7) {
            assertThat(out.channel(0)[n]).isCloseTo(signal[n], within(2e-4f));
        }
        int after = burst + 441 + RATE / 2;
        assertThat(Signals.peak(out.channel(0), after, after + RATE / 4)).isCloseTo(0.3, within(0.003));
        assertThat(Signals.peak(out.channel(0), burst, burst + 441)).isLessThan(0.9);
    }

    @Test
    void theSameInputGivesTheSameOutput() {
        PcmAudio noise = new PcmAudio(RATE, new float[][] {Signals.whiteNoise(4, RATE, 3)});

        assertThat(LIMITER.process(noise)).isEqualTo(LIMITER.process(noise));
    }

    @Test
    void rejectsSettingsOutOfRange() {
        assertThatThrownBy(() -> new TruePeakLimiter.Settings(1, 0.002, 0.05)).hasMessageContaining("ceiling");
        assertThatThrownBy(() -> new TruePeakLimiter.Settings(-1, 0.5, 0.05)).hasMessageContaining("look-ahead");
        assertThatThrownBy(() -> new TruePeakLimiter.Settings(-1, 0.002, 0)).hasMessageContaining("release");
    }

    private static PcmAudio stereo(float[] signal) {
        return new PcmAudio(RATE, new float[][] {signal, signal.clone()});
    }

    private static float[] bursts(int frames) {
        float[] out = Signals.sine(330, 0.1, 0, frames, RATE);
        for (int start = RATE / 10; start + 2000 < frames; start += RATE / 3) {
            for (int n = start; n < start + 2000; n++) {
                out[n] = (float) (4 * Math.sin(2 * Math.PI * 2500 * n / RATE));
            }
        }
        return out;
    }
}
