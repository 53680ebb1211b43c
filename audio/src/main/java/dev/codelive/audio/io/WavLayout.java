package dev.codelive.audio.io;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The header the WAV writers put in front of the samples, and the offsets of the sizes they fill in at the end:
 * plain PCM or IEEE float for mono and stereo (what every player reads), WAVE_FORMAT_EXTENSIBLE with the usual
 * speaker mask for more channels, and a {@code fact} chunk for float.
 */
final class WavLayout {
    /** Speaker masks by channel count: mono front centre, stereo, 3.0, quad, 5.0, 5.1, 6.1, 7.1 (WAVEFORMATEXTENSIBLE). */
    private static final int[] CHANNEL_MASKS = {0, 0x4, 0x3, 0x7, 0x33, 0x37, 0x3F, 0x13F, 0x63F};
    private static final byte[] SUBFORMAT_GUID_TAIL = {
        0x00, 0x00, 0x00, 0x00, 0x10, 0x00, (byte) 0x80, 0x00, 0x00, (byte) 0xAA, 0x00, 0x38, (byte) 0x9B, 0x71
    };

    private final int sampleRate;
    private final int channels;
    private final int bits;
    private final boolean floating;
    private final boolean extensible;

    WavLayout(int sampleRate, int channels, int bits) {
        if (bits != 16 && bits != 24 && bits != 32) {
            throw new IllegalArgumentException("WAV is written as 16 or 24-bit PCM or 32-bit float, not " + bits + " bits");
        }
        if (sampleRate < 1) {
            throw new IllegalArgumentException("sample rate must be positive, got " + sampleRate);
        }
        if (channels < 1 || channels >= CHANNEL_MASKS.length) {
            throw new IllegalArgumentException("WAV is written with 1 to 8 channels, not " + channels);
        }
        this.sampleRate = sampleRate;
        this.channels = channels;
        this.bits = bits;
        this.floating = bits == 32;
        this.extensible = channels > 2;
    }

    boolean floating() {
        return floating;
    }

    int blockAlign() {
        return channels * bits / 8;
    }

    private int fmtSize() {
        return extensible ? 40 : floating ? 18 : 16;
    }

    /** Offset of the fact chunk's frame count, or -1 without one. */
    long factFramesOffset() {
        return floating ? 12 + 8 + fmtSize() + 8 : -1;
    }

    long dataSizeOffset() {
        return headerSize() - 4;
    }

    int headerSize() {
        return 12 + 8 + fmtSize() + (floating ? 12 : 0) + 8;
    }

    /** The header for this many bytes of samples (0 while streaming; the sizes are patched on close). */
    ByteBuffer header(long dataBytes, long frames) {
        ByteBuffer header = ByteBuffer.allocate(headerSize()).order(ByteOrder.LITTLE_ENDIAN);
        header.put(ascii("RIFF")).putInt((int) riffSize(dataBytes)).put(ascii("WAVE"));
        header.put(ascii("fmt ")).putInt(fmtSize());
        int tag = extensible ? 0xFFFE : floating ? 3 : 1;
        header.putShort((short) tag).putShort((short) channels).putInt(sampleRate)
                .putInt(sampleRate * blockAlign()).putShort((short) blockAlign()).putShort((short) bits);
        if (extensible) {
            header.putShort((short) 22).putShort((short) bits).putInt(CHANNEL_MASKS[channels])
                    .putShort((short) (floating ? 3 : 1)).put(SUBFORMAT_GUID_TAIL);
        } else if (floating) {
            header.putShort((short) 0);
        }
        if (floating) {
            header.put(ascii("fact")).putInt(4).putInt((int) frames);
        }
        header.put(ascii("data")).putInt((int) dataBytes);
        return header.flip();
    }

    /** The RIFF chunk's size field: everything after it, the pad byte of an odd data chunk included. */
    long riffSize(long dataBytes) {
        return headerSize() - 8 + dataBytes + (dataBytes & 1);
    }

    private static byte[] ascii(String id) {
        return id.getBytes(StandardCharsets.US_ASCII);
    }
}
