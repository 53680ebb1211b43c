package dev.codelive.audio.io;

import java.util.Optional;

/**
 * The 32-bit header in front of every MPEG audio frame (ISO 11172-3 / 13818-3), enough of it to find the next frame.
 *
 * @param version 1 for MPEG-1, 2 for MPEG-2, 25 for MPEG-2.5
 * @param layer 1, 2 or 3
 * @param sampleRate frames per second
 * @param frameLength bytes from this header to the next one
 */
record MpegFrameHeader(int version, int layer, int sampleRate, int frameLength) {

    private static final int[][] BITRATES_KBPS = {
        {32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448}, // MPEG-1 layer I
        {32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384}, // MPEG-1 layer II
        {32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320}, // MPEG-1 layer III
        {32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256}, // MPEG-2/2.5 layer I
        {8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160}, // MPEG-2/2.5 layers II and III
    };
    private static final int[] MPEG1_RATES = {44_100, 48_000, 32_000};

    /** The header in these four bytes (big-endian), or empty when they are not a usable frame header. */
    static Optional<MpegFrameHeader> parse(int bits) {
        if ((bits >>> 21) != 0x7FF) {
            return Optional.empty();
        }
        int versionBits = (bits >>> 19) & 3;
        int layerBits = (bits >>> 17) & 3;
        int bitrateIndex = (bits >>> 12) & 15;
        int rateIndex = (bits >>> 10) & 3;
        int padding = (bits >>> 9) & 1;
        // Reserved values, and free-format bitrate (index 0), whose frame length cannot be known from the header.
        if (versionBits == 1 || layerBits == 0 || bitrateIndex == 0 || bitrateIndex == 15 || rateIndex == 3) {
            return Optional.empty();
        }
        int version = switch (versionBits) {
            case 3 -> 1;
            case 2 -> 2;
            default -> 25;
        };
        int layer = 4 - layerBits;
        int sampleRate = MPEG1_RATES[rateIndex] / (version == 1 ? 1 : version == 2 ? 2 : 4);
        int table = version == 1 ? layer - 1 : (layer == 1 ? 3 : 4);
        int bitrate = BITRATES_KBPS[table][bitrateIndex - 1] * 1000;
        int frameLength = switch (layer) {
            case 1 -> (12 * bitrate / sampleRate + padding) * 4;
            case 2 -> 144 * bitrate / sampleRate + padding;
            default -> (version == 1 ? 144 : 72) * bitrate / sampleRate + padding;
        };
        return Optional.of(new MpegFrameHeader(version, layer, sampleRate, frameLength));
    }

    /** Whether a following frame belongs to the same stream as this one. */
    boolean sameStreamAs(MpegFrameHeader other) {
        return version == other.version && layer == other.layer && sampleRate == other.sampleRate;
    }
}
