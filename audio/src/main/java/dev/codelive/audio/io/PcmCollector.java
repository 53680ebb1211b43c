package dev.codelive.audio.io;

import dev.codelive.audio.PcmAudio;
import java.util.Arrays;

/** Gathers decoded blocks into one array per channel, within the in-memory limit. */
final class PcmCollector {
    /** The most a Java array can hold, a little under Integer.MAX_VALUE. */
    private static final long MAX_FRAMES = Integer.MAX_VALUE - 8;

    private final AudioInfo info;
    private final long maxFrames;
    private final DecodeLimits limits;
    private float[][] channels;
    private int frames;

    PcmCollector(AudioInfo info, DecodeLimits limits) {
        this.info = info;
        this.limits = limits;
        this.maxFrames = Math.min(MAX_FRAMES, limits.maxSamplesInMemory() / info.channels());
        if (info.frames() > maxFrames) {
            throw tooLarge();
        }
        int capacity = (int) (info.frames() >= 0 ? info.frames() : Math.min(maxFrames, info.sampleRate() * 10L));
        this.channels = new float[info.channels()][capacity];
    }

    void append(float[][] block, int count) {
        if (frames + (long) count > maxFrames) {
            throw tooLarge();
        }
        if (frames + count > channels[0].length) {
            int capacity = (int) Math.min(maxFrames, Math.max(frames + (long) count, channels[0].length * 3L / 2));
            for (int c = 0; c < channels.length; c++) {
                channels[c] = Arrays.copyOf(channels[c], capacity);
            }
        }
        for (int c = 0; c < channels.length; c++) {
            System.arraycopy(block[c], 0, channels[c], frames, count);
        }
        frames += count;
    }

    PcmAudio toPcm() {
        if (frames != channels[0].length) {
            for (int c = 0; c < channels.length; c++) {
                channels[c] = Arrays.copyOf(channels[c], frames);
            }
        }
        return new PcmAudio(info.sampleRate(), channels);
    }

    private AudioFormatException tooLarge() {
        return new AudioFormatException(info.format() + " audio is too long to decode in memory (more than "
                + limits.maxSamplesInMemory() + " samples over all channels); stream it instead");
    }
}
