package dev.codelive.audio.master;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.within;

import dev.codelive.audio.PcmAudio;
import dev.codelive.audio.analysis.LoudnessMeter;
import dev.codelive.audio.analysis.LoudnessReport;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MasteringTest {
    private static final int RATE = 44_100;
    private final LoudnessMeter meter = new LoudnessMeter();
    private final Mastering mastering = new Mastering(meter);

    /**
     * Something like music: a held minor chord, a plucked melody and a kick-like thump on every beat at 120 bpm, with
     * some noise for hats, scaled so that its sample peak is {@code peakDb} dBFS (above 0 for a clipping mix).
     */
    private static PcmAudio music(double seconds, double peakDb, int channels) {
        int frames = (int) Math.round(seconds * RATE);
        SplittableRandom random = new SplittableRandom(5);
        float[][] out = new float[channels][frames];
        double[] chord = {220, 261.63, 329.63};
        for (int i = 0; i < frames; i++) {
            double t = (double) i / RATE;
            double beatPhase = t % 0.5;
            double value = 0;
            for (double f : chord) {
                value += 0.12 * Math.sin(2 * Math.PI * f * t);
            }
            value += 0.5 * Math.exp(-beatPhase * 25) * Math.sin(2 * Math.PI * 55 * beatPhase);
            double eighth = t % 0.25;
            value += 0.08 * Math.exp(-eighth * 60) * (random.nextDouble() * 2 - 1);
            double note = 440 * Math.pow(2, ((int) (t * 2) % 5) / 12.0);
            value += 0.15 * Math.exp(-beatPhase * 4) * Math.sin(2 * Math.PI * note * t);
            for (int c = 0; c < channels; c++) {
                out[c][i] = (float) (value * (c == 0 ? 1 : 0.9));
            }
        }
        double peak = 0;
        for (float[] channel : out) {
            for (float sample : channel) {
                peak = Math.max(peak, Math.abs(sample));
            }
        }
        float scale = (float) (Math.pow(10, peakDb / 20) / peak);
        for (float[] channel : out) {
            for (int i = 0; i < frames; i++) {
                channel[i] *= scale;
            }
        }
        return new PcmAudio(RATE, out);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-40, -20, -6, 0, 6})
    void bringsAnyMixToTheTargetLoudnessUnderTheCeiling(double peakDb) {
        PcmAudio mix = music(20, peakDb, 2);

        PcmAudio master = mastering.master(mix, MasteringTarget.STREAMING);

        LoudnessReport report = meter.measure(master);
        assertThat(report.integratedLufs()).isCloseTo(-14, within(0.5));
        assertThat(report.truePeakDbtp()).isLessThanOrEqualTo(-1);
        assertThat(master.frames()).isEqualTo(mix.frames());
        assertThat(master.channelCount()).isEqualTo(2);
        assertThat(master.sampleRate()).isEqualTo(RATE);
    }

    @Test
    void reachesOtherTargetsToo() {
        MasteringTarget quiet = new MasteringTarget(-23, -2, 0.5);

        LoudnessReport report = meter.measure(mastering.master(music(15, -3, 2), quiet));

        assertThat(report.integratedLufs()).isCloseTo(-23, within(0.5));
        assertThat(report.truePeakDbtp()).isLessThanOrEqualTo(-2);
    }

    @Test
    void fadesToDigitalSilenceOnTheLastFrame() {
        PcmAudio master = mastering.master(music(10, -6, 2), MasteringTarget.STREAMING);

        for (float[] channel : master.channels()) {
            assertThat(channel[channel.length - 1]).isZero();
            double tail = 0;
            for (int i = channel.length - RATE / 100; i < channel.length; i++) {
                tail = Math.max(tail, Math.abs(channel[i]));
            }
            assertThat(20 * Math.log10(tail)).isLessThan(-40);
        }
    }

    @Test
    void isDeterministicAndLeavesTheMixAlone() {
        PcmAudio mix = music(8, -10, 2);
        PcmAudio copy = new PcmAudio(RATE, new float[][] {mix.channel(0).clone(), mix.channel(1).clone()});

        assertThat(mastering.master(mix, MasteringTarget.STREAMING)).isEqualTo(mastering.master(mix, MasteringTarget.STREAMING));
        assertThat(mix).isEqualTo(copy);
    }

    @Test
    void mastersMonoAndVeryShortAudio() {
        PcmAudio master = mastering.master(music(5, -12, 1), MasteringTarget.STREAMING);
        assertThat(master.channelCount()).isEqualTo(1);
        assertThat(meter.measure(master).integratedLufs()).isCloseTo(-14, within(0.5));

        PcmAudio tiny = mastering.master(music(0.01, -12, 2), MasteringTarget.STREAMING);
        assertThat(tiny.frames()).isEqualTo(441);
    }

    @Test
    void silenceStaysSilentAndKeepsItsLength() {
        PcmAudio silence = PcmAudio.silence(RATE, 2, RATE * 3);

        PcmAudio master = mastering.master(silence, MasteringTarget.STREAMING);

        assertThat(master).isEqualTo(silence);
    }

    @Test
    void takesOutRumbleBelowTheBass() {
        PcmAudio music = music(10, -12, 1);
        float[] withRumble = music.channel(0).clone();
        for (int i = 0; i < withRumble.length; i++) {
            withRumble[i] += (float) (0.2 * Math.sin(2 * Math.PI * 8 * i / RATE));
        }
        PcmAudio master = mastering.master(new PcmAudio(RATE, new float[][] {withRumble}), MasteringTarget.STREAMING);

        double before = amplitudeAt(withRumble, 8) / rms(withRumble);
        double after = amplitudeAt(master.channel(0), 8) / rms(master.channel(0));
        assertThat(20 * Math.log10(after / before)).isLessThan(-12);
    }

    @Test
    void refusesBadTargetsAndMissingAudio() {
        assertThatIllegalArgumentException().isThrownBy(() -> new MasteringTarget(-3, -1, 0.5));
        assertThatIllegalArgumentException().isThrownBy(() -> new MasteringTarget(-14, 1, 0.5));
        assertThatIllegalArgumentException().isThrownBy(() -> new MasteringTarget(-14, -1, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new MasteringTarget(Double.NaN, -1, 0.5));
        assertThatNullPointerException().isThrownBy(() -> mastering.master(null, MasteringTarget.STREAMING));
        assertThatNullPointerException().isThrownBy(() -> mastering.master(music(1, -6, 1), null));
    }

    /** The amplitude of one frequency, by correlation with a sine and a cosine over the whole signal. */
    private static double amplitudeAt(float[] samples, double hz) {
        double re = 0;
        double im = 0;
        for (int i = 0; i < samples.length; i++) {
            double phase = 2 * Math.PI * hz * i / RATE;
            re += samples[i] * Math.cos(phase);
            im += samples[i] * Math.sin(phase);
        }
        return 2 * Math.hypot(re, im) / samples.length;
    }

    private static double rms(float[] samples) {
        double sum = 0;
        for (float sample : samples) {
            sum += sample * sample;
        }
        return Math.sqrt(sum / samples.length);
    }
}
