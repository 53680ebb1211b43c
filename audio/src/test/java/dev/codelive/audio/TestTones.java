package dev.codelive.audio;

import java.util.SplittableRandom;

/** Signals built in the tests from their definitions: sines at a level, noise, silence, concatenation. */
public final class TestTones {
    private TestTones() {}

    /** A sine of the given peak level in dBFS, in every channel alike. */
    public static PcmAudio sine(int sampleRate, int channels, double seconds, double hz, double peakDbfs) {
        return sine(sampleRate, channels, seconds, hz, peakDbfs, 0);
    }

    /** A sine starting at {@code phaseRadians}. */
    public static PcmAudio sine(int sampleRate, int channels, double seconds, double hz, double peakDbfs, double phaseRadians) {
        int frames = (int) Math.round(seconds * sampleRate);
        double amplitude = Math.pow(10, peakDbfs / 20);
        float[] wave = new float[frames];
        for (int i = 0; i < frames; i++) {
            wave[i] = (float) (amplitude * Math.sin(2 * Math.PI * hz * i / sampleRate + phaseRadians));
        }
        return fill(sampleRate, channels, wave);
    }

    /** White noise, uniform in [-amplitude, amplitude], independent per channel, from a seed. */
    public static PcmAudio noise(int sampleRate, int channels, int frames, double amplitude, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[][] data = new float[channels][frames];
        for (float[] channel : data) {
            for (int i = 0; i < frames; i++) {
                channel[i] = (float) (amplitude * (2 * random.nextDouble() - 1));
            }
        }
        return new PcmAudio(sampleRate, data);
    }

    /** Samples on the grid of the given integer width (k / 2^(bits-1)), so that they survive it exactly. */
    public static PcmAudio onGrid(int sampleRate, int channels, int frames, int bits, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long steps = 1L << (bits - 1);
        float[][] data = new float[channels][frames];
        for (float[] channel : data) {
            for (int i = 0; i < frames; i++) {
                channel[i] = (float) ((double) random.nextLong(-steps, steps) / steps);
            }
        }
        return new PcmAudio(sampleRate, data);
    }

    /**
     * The audio with raised-cosine fades of {@code seconds} at both ends, so that it starts and stops without the
     * steps whose band-limited reconstruction overshoots (which a true-peak meter rightly reports).
     */
    public static PcmAudio faded(PcmAudio audio, double seconds) {
        int fade = (int) Math.round(seconds * audio.sampleRate());
        float[][] data = new float[audio.channelCount()][];
        for (int c = 0; c < data.length; c++) {
            data[c] = audio.channel(c).clone();
            for (int i = 0; i < fade && i < data[c].length; i++) {
                float gain = (float) (0.5 - 0.5 * Math.cos(Math.PI * i / fade));
                data[c][i] *= gain;
                data[c][data[c].length - 1 - i] *= gain;
            }
        }
        return new PcmAudio(audio.sampleRate(), data);
    }

    /** The pieces one after the other; they must share rate and channel count. */
    public static PcmAudio concat(PcmAudio... pieces) {
        int frames = 0;
        for (PcmAudio piece : pieces) {
            frames += piece.frames();
        }
        int channels = pieces[0].channelCount();
        float[][] data = new float[channels][frames];
        int at = 0;
        for (PcmAudio piece : pieces) {
            for (int c = 0; c < channels; c++) {
                System.arraycopy(piece.channel(c), 0, data[c], at, piece.frames());
            }
            at += piece.frames();
        }
        return new PcmAudio(pieces[0].sampleRate(), data);
    }

    private static PcmAudio fill(int sampleRate, int channels, float[] wave) {
        float[][] data = new float[channels][];
        for (int c = 0; c < channels; c++) {
            data[c] = wave.clone();
        }
        return new PcmAudio(sampleRate, data);
    }
}
