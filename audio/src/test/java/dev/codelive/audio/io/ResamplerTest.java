package dev.codelive.audio.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.codelive.audio.PcmAudio;
import dev.codelive.audio.SpectrumProbe;
import dev.codelive.audio.TestTones;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResamplerTest {
    private static final int FFT = 65_536;
    private final Resampler resampler = new Resampler();

    @ParameterizedTest(name = "{0} frames, {1} -> {2} Hz")
    @CsvSource({"44100, 44100, 48000", "48000, 48000, 44100", "1001, 44100, 48000", "1001, 48000, 44100",
        "12345, 44100, 22050", "7, 8000, 44100", "100000, 44100, 44101", "3, 96000, 8000"})
    void lengthIsTheRoundedRatio(int frames, int from, int to) {
        PcmAudio audio = TestTones.noise(from, 2, frames, 0.5, 1);

        PcmAudio resampled = resampler.resample(audio, to);

        assertThat(resampled.sampleRate()).isEqualTo(to);
        assertThat(resampled.channelCount()).isEqualTo(2);
        assertThat(resampled.frames()).isEqualTo(Math.round((double) frames * to / from));
    }

    @ParameterizedTest(name = "{1} Hz tone, {0} -> {2} Hz")
    @CsvSource({"44100, 1000, 48000", "48000, 1000, 44100", "44100, 12345, 48000", "48000, 19000, 44100",
        "96000, 440, 44100", "22050, 5000, 48000", "44100, 1000, 47999", "48000, 15000, 44111"})
    void toneKeepsItsFrequencyAndLevel(int from, double hz, int to) {
        PcmAudio tone = TestTones.sine(from, 1, 3, hz, -3);

        PcmAudio resampled = resampler.resample(tone, to);

        SpectrumProbe spectrum = SpectrumProbe.of(resampled.channel(0), to / 2, FFT, to);
        assertThat(spectrum.peakHz()).isCloseTo(hz, within(0.05));
        assertThat(spectrum.levelDbAt(hz)).isCloseTo(-3, within(0.02));
    }

    @Test
    void upsamplingLeavesNoImagesAbove90DbBelowTheTone() {
        // 18 kHz at 44.1 kHz: its image at 26.1 kHz would fold back to 21.9 kHz at 48 kHz.
        PcmAudio tone = TestTones.sine(44_100, 1, 3, 18_000, -1);

        PcmAudio resampled = resampler.resample(tone, 48_000);

        SpectrumProbe spectrum = SpectrumProbe.of(resampled.channel(0), 24_000, FFT, 48_000);
        assertThat(spectrum.levelDbAt(18_000)).isCloseTo(-1, within(0.02));
        assertThat(spectrum.strongestDbOutside(18_000 - 40, 18_000 + 40)).isLessThan(-91);
    }

    @Test
    void ratiosWithoutASmallFractionAreAsClean() {
        // 44100 -> 48001 has 48001 output phases: the kernel is interpolated instead of tabulated per phase.
        PcmAudio tone = TestTones.sine(44_100, 1, 3, 18_000, -1);

        PcmAudio resampled = resampler.resample(tone, 48_001);

        SpectrumProbe spectrum = SpectrumProbe.of(resampled.channel(0), 24_000, FFT, 48_001);
        assertThat(spectrum.levelDbAt(18_000)).isCloseTo(-1, within(0.02));
        assertThat(spectrum.strongestDbOutside(18_000 - 40, 18_000 + 40)).isLessThan(-91);
    }

    @Test
    void downsamplingRejectsWhatTheNewRateCannotHoldInsteadOfAliasingIt() {
        // 23 kHz cannot exist at 44.1 kHz; unfiltered it would alias to 21.1 kHz.
        PcmAudio tooHigh = TestTones.sine(48_000, 1, 3, 23_000, -1);
        PcmAudio justBelow = TestTones.sine(48_000, 1, 3, 19_500, -1);

        SpectrumProbe aliased = SpectrumProbe.of(resampler.resample(tooHigh, 44_100).channel(0), 22_050, FFT, 44_100);
        SpectrumProbe kept = SpectrumProbe.of(resampler.resample(justBelow, 44_100).channel(0), 22_050, FFT, 44_100);

        assertThat(aliased.strongestDbOutside(-1, -1)).isLessThan(-91);
        assertThat(kept.levelDbAt(19_500)).isCloseTo(-1, within(0.02));
        assertThat(kept.strongestDbOutside(19_500 - 40, 19_500 + 40)).isLessThan(-91);
    }

    @Test
    void noDelayIsAdded() {
        PcmAudio tone = TestTones.sine(48_000, 1, 1, 1000, 0);

        float[] doubled = resampler.resample(tone, 96_000).channel(0);

        for (int n = 20_000; n < 70_000; n += 777) {
            assertThat((double) doubled[n]).isCloseTo(Math.sin(2 * Math.PI * 1000 * n / 96_000), within(1e-5));
        }
    }

    @Test
    void roundTrip441To48AndBackReturnsTheMusicBand() {
        float[] mix = new float[44_100 * 2];
        double[] tones = {55, 440, 1234.5, 5000, 9876, 15_000, 19_000};
        for (int i = 0; i < mix.length; i++) {
            for (double hz : tones) {
                mix[i] += (float) (0.12 * Math.sin(2 * Math.PI * hz * i / 44_100 + hz));
            }
        }
        PcmAudio original = new PcmAudio(44_100, new float[][] {mix});

        PcmAudio back = resampler.resample(resampler.resample(original, 48_000), 44_100);

        double error = 0;
        double signal = 0;
        for (int i = 10_000; i < mix.length - 10_000; i++) {
            error += Math.pow(back.channel(0)[i] - mix[i], 2);
            signal += mix[i] * mix[i];
        }
        assertThat(back.frames()).isEqualTo(original.frames());
        assertThat(10 * Math.log10(error / signal)).isLessThan(-90);
    }

    @Test
    void sameRateIsANoOpAndBadRatesAreRefused() {
        PcmAudio audio = TestTones.noise(44_100, 1, 100, 0.1, 1);

        assertThat(resampler.resample(audio, 44_100)).isSameAs(audio);
        assertThatThrownBy(() -> resampler.resample(audio, 999)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1000 to 384000 Hz");
    }
}
