package dev.codelive.audio.io;

import java.nio.ByteBuffer;

/** How one sample is stored in a WAV data chunk (little-endian), and how it maps to a float of full scale 1. */
enum WavSampleFormat {
    PCM_U8(8, false) {
        @Override
        float read(ByteBuffer data) {
            return ((data.get() & 0xFF) - 128) / 128f;
        }
    },
    PCM_S16(16, false) {
        @Override
        float read(ByteBuffer data) {
            return data.getShort() / 32_768f;
        }
    },
    PCM_S24(24, false) {
        @Override
        float read(ByteBuffer data) {
            int value = (data.get() & 0xFF) | (data.get() & 0xFF) << 8 | data.get() << 16;
            return value / 8_388_608f;
        }
    },
    PCM_S32(32, false) {
        @Override
        float read(ByteBuffer data) {
            return (float) (data.getInt() / 2_147_483_648d);
        }
    },
    FLOAT32(32, true) {
        @Override
        float read(ByteBuffer data) {
            return finite(data.getFloat());
        }
    },
    FLOAT64(64, true) {
        @Override
        float read(ByteBuffer data) {
            return finite((float) data.getDouble());
        }
    };

    final int bits;
    final boolean floating;

    WavSampleFormat(int bits, boolean floating) {
        this.bits = bits;
        this.floating = floating;
    }

    int bytes() {
        return bits / 8;
    }

    /** Reads one sample at the buffer's position, which must be little-endian. */
    abstract float read(ByteBuffer data);

    static WavSampleFormat of(boolean floating, int bits) {
        for (WavSampleFormat format : values()) {
            if (format.floating == floating && format.bits == bits) {
                return format;
            }
        }
        throw new AudioFormatException("WAV with " + bits + "-bit " + (floating ? "float" : "integer")
                + " samples is not supported; supported are 8/16/24/32-bit integer and 32/64-bit float");
    }

    private static float finite(float sample) {
        if (!Float.isFinite(sample)) {
            throw new AudioFormatException("damaged float WAV: a sample is NaN or infinite");
        }
        return sample;
    }
}
