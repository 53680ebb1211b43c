package dev.codelive.audio;

import java.util.Arrays;
import java.util.Objects;

/**
 * Audio in memory: one array of samples per channel, each sample a float in [-1, 1] (full scale), all channels of
 * equal length. The arrays are shared, not copied: treat a {@code PcmAudio} as immutable once made.
 *
 * @param sampleRate frames per second, e.g. 44100
 * @param channels one array per channel (1 = mono, 2 = left/right)
 */
public record PcmAudio(int sampleRate, float[][] channels) {

    public PcmAudio {
        Objects.requireNonNull(channels, "channels");
        if (sampleRate < 1000 || sampleRate > 384_000) {
            throw new IllegalArgumentException("sample rate must be from 1000 to 384000 Hz, got " + sampleRate);
        }
        if (channels.length == 0) {
            throw new IllegalArgumentException("audio needs at least one channel");
        }
        int frames = channels[0].length;
        for (float[] channel : channels) {
            if (channel.length != frames) {
                throw new IllegalArgumentException("every channel must have the same number of frames");
            }
        }
    }

    /** Silence of the given length. */
    public static PcmAudio silence(int sampleRate, int channelCount, int frames) {
        float[][] channels = new float[channelCount][frames];
        return new PcmAudio(sampleRate, channels);
    }

    public int channelCount() {
        return channels.length;
    }

    /** Samples per channel. */
    public int frames() {
        return channels[0].length;
    }

    public double seconds() {
        return (double) frames() / sampleRate;
    }

    public float[] channel(int index) {
        return channels[index];
    }

    /** The channels averaged into one (the same array when already mono). */
    /** The largest sample magnitude over every channel (1 = full scale); 0 for silence. Not the true peak. */
    public double samplePeak() {
        double peak = 0;
        for (float[] channel : channels) {
            for (float sample : channel) {
                peak = Math.max(peak, Math.abs(sample));
            }
        }
        return peak;
    }

    public float[] mixdown() {
        if (channels.length == 1) {
            return channels[0];
        }
        float[] mono = new float[frames()];
        for (float[] channel : channels) {
            for (int i = 0; i < mono.length; i++) {
                mono[i] += channel[i];
            }
        }
        float scale = 1f / channels.length;
        for (int i = 0; i < mono.length; i++) {
            mono[i] *= scale;
        }
        return mono;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PcmAudio that && sampleRate == that.sampleRate && Arrays.deepEquals(channels, that.channels);
    }

    @Override
    public int hashCode() {
        return 31 * sampleRate + Arrays.deepHashCode(channels);
    }

    @Override
    public String toString() {
        return "PcmAudio[" + sampleRate + " Hz, " + channels.length + " ch, " + frames() + " frames]";
    }
}
