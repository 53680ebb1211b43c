package dev.codelive.audio.io;

import java.time.Duration;
import java.util.Objects;

/**
 * What the decoder accepts, so that a hostile or absurd file ends in an {@link AudioFormatException} instead of an
 * exhausted heap or a decode that never ends.
 *
 * @param maxDuration the longest audio decoded, streamed or in memory
 * @param maxChannels the most channels a file may declare
 * @param maxSamplesInMemory the most samples (frames times channels) {@link AudioDecoder#decode} holds in memory, at
 *     four bytes each
 */
public record DecodeLimits(Duration maxDuration, int maxChannels, long maxSamplesInMemory) {

    /** Fifteen minutes, 8 channels, and in memory fifteen minutes of 48 kHz stereo (86.4 M samples, about 346 MB). */
    public static final DecodeLimits DEFAULT = new DecodeLimits(Duration.ofMinutes(15), 8, 15L * 60 * 48_000 * 2);

    public DecodeLimits {
        Objects.requireNonNull(maxDuration, "maxDuration");
        if (maxDuration.isNegative() || maxDuration.isZero()) {
            throw new IllegalArgumentException("maxDuration must be positive, got " + maxDuration);
        }
        if (maxChannels < 1) {
            throw new IllegalArgumentException("maxChannels must be at least 1, got " + maxChannels);
        }
        if (maxSamplesInMemory < 1) {
            throw new IllegalArgumentException("maxSamplesInMemory must be at least 1, got " + maxSamplesInMemory);
        }
    }

    /** The most frames allowed at this rate. */
    long maxFrames(int sampleRate) {
        return maxDuration.toMillis() * sampleRate / 1000;
    }

    /** Rejects headers outside these limits or outside what {@link dev.codelive.audio.PcmAudio} can hold. */
    void check(AudioInfo info) {
        if (info.sampleRate() < MIN_SAMPLE_RATE || info.sampleRate() > MAX_SAMPLE_RATE) {
            throw new AudioFormatException(info.format() + " file declares a sample rate of " + info.sampleRate()
                    + " Hz; supported are " + MIN_SAMPLE_RATE + " to " + MAX_SAMPLE_RATE + " Hz");
        }
        if (info.channels() < 1 || info.channels() > maxChannels) {
            throw new AudioFormatException(info.format() + " file declares " + info.channels()
                    + " channels; supported are 1 to " + maxChannels);
        }
        if (info.frames() > maxFrames(info.sampleRate())) {
            throw tooLong(info.format());
        }
    }

    AudioFormatException tooLong(ContainerFormat format) {
        return new AudioFormatException(format + " audio is longer than the limit of " + describe(maxDuration));
    }

    private static String describe(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds % 60 == 0 ? seconds / 60 + " min" : seconds + " s";
    }

    static final int MIN_SAMPLE_RATE = 1000;
    static final int MAX_SAMPLE_RATE = 384_000;
}
