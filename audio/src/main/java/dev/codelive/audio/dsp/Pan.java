package dev.codelive.audio.dsp;

/**
 * Channel gains for a stereo position, by the constant-power law: {@code left² + right² = 2} everywhere, so a
 * centred source keeps its level in both channels and a hard-panned one gains 3 dB on its side.
 *
 * @param left gain of the left channel
 * @param right gain of the right channel
 */
public record Pan(double left, double right) {

    /** The gains for a position from -1 (left) to 1 (right). */
    public static Pan constantPower(double position) {
        if (!(position >= -1 && position <= 1)) {
            throw new IllegalArgumentException("pan must be from -1 to 1, got " + position);
        }
        double angle = (position + 1) * Math.PI / 4;
        return new Pan(Math.sqrt(2) * Math.cos(angle), Math.sqrt(2) * Math.sin(angle));
    }
}
