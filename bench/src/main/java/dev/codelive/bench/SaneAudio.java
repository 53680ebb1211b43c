package dev.codelive.bench;

import dev.codelive.audio.PcmAudio;
import java.util.Optional;

/**
 * Whether a renderer's output is the song it was asked for, checked after every timed run so that a broken command
 * (an empty file, a crash that still wrote a header, the wrong rate) cannot pass for a fast one: stereo at the
 * expected rate, the expected length, and not silent.
 *
 * @param minSeconds the shortest length allowed
 * @param maxSeconds the longest length allowed
 */
record SaneAudio(int sampleRate, double minSeconds, double maxSeconds) {
    /** Below this peak (−60 dBFS) a song is silence, or the dither of it. */
    static final double SILENCE_PEAK = 0.001;

    /** Exactly {@code seconds} long, as our renderers make every song, to the frame. */
    static SaneAudio exactly(int sampleRate, double seconds) {
        double frame = 1.0 / sampleRate;
        return new SaneAudio(sampleRate, seconds - frame / 2, seconds + frame / 2);
    }

    /** The song followed by a release tail of up to {@code tailSeconds}, as fluidsynth renders until its last voice fades. */
    static SaneAudio withTail(int sampleRate, double seconds, double tailSeconds) {
        return new SaneAudio(sampleRate, seconds - 1.0 / sampleRate, seconds + tailSeconds);
    }

    /** What is wrong with {@code audio}; empty when it passes. */
    Optional<String> problem(PcmAudio audio) {
        if (audio.sampleRate() != sampleRate || audio.channelCount() != 2) {
            return Optional.of("expected stereo at " + sampleRate + " Hz, got " + audio.channelCount() + " channel(s) at " + audio.sampleRate()
                    + " Hz");
        }
        if (audio.seconds() < minSeconds || audio.seconds() > maxSeconds) {
            return Optional.of("expected " + Figures.decimal(minSeconds, 3) + " to " + Figures.decimal(maxSeconds, 3) + " s, got "
                    + Figures.decimal(audio.seconds(), 3) + " s");
        }
        double peak = audio.samplePeak();
        if (peak < SILENCE_PEAK) {
            return Optional.of("silent: peak " + peak);
        }
        return Optional.empty();
    }

}
