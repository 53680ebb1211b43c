package dev.codelive.audio.analysis;

import java.util.Arrays;

/**
 * BS.1770-4's weight per channel, by channel count in the WAVE_FORMAT_EXTENSIBLE order: 1.41 (+1.5 dB) for
 * surround channels at 60 to 120 degrees azimuth, 0 for the LFE (excluded), 1 for the rest.
 * <ul>
 *   <li>5 channels: L, R, C, Ls, Rs (5.0)</li>
 *   <li>6 channels: L, R, C, LFE, Ls, Rs (5.1)</li>
 *   <li>7 channels: L, R, C, LFE, Ls, Rs, back centre (6.1)</li>
 *   <li>8 channels: L, R, C, LFE, back L, back R, side L, side R (7.1; the backs sit behind 120 degrees)</li>
 *   <li>anything else: every channel 1</li>
 * </ul>
 */
final class ChannelWeights {
    private static final double SURROUND = 1.41;

    private ChannelWeights() {}

    static double[] forChannelCount(int channels) {
        return switch (channels) {
            case 5 -> new double[] {1, 1, 1, SURROUND, SURROUND};
            case 6 -> new double[] {1, 1, 1, 0, SURROUND, SURROUND};
            case 7 -> new double[] {1, 1, 1, 0, SURROUND, SURROUND, 1};
            case 8 -> new double[] {1, 1, 1, 0, 1, 1, SURROUND, SURROUND};
            default -> {
                double[] weights = new double[channels];
                Arrays.fill(weights, 1);
                yield weights;
            }
        };
    }
}
