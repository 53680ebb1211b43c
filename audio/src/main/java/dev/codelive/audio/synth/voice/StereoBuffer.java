package dev.codelive.audio.synth.voice;

/**
 * The two channels a part's voices add into.
 *
 * @param left left channel samples
 * @param right right channel samples, as long as the left
 */
public record StereoBuffer(float[] left, float[] right) {

    public StereoBuffer {
        if (left.length != right.length) {
            throw new IllegalArgumentException("both channels must have the same length");
        }
    }

    public static StereoBuffer silence(int frames) {
        return new StereoBuffer(new float[frames], new float[frames]);
    }

    public int frames() {
        return left.length;
    }

    /** Adds a mono sample to both channels. */
    public void add(int frame, float value) {
        left[frame] += value;
        right[frame] += value;
    }

    /** Adds a sample with a gain per channel. */
    public void add(int frame, float value, float leftGain, float rightGain) {
        left[frame] += value * leftGain;
        right[frame] += value * rightGain;
    }

    /** Adds a stereo sample. */
    public void addStereo(int frame, float leftValue, float rightValue) {
        left[frame] += leftValue;
        right[frame] += rightValue;
    }
}
