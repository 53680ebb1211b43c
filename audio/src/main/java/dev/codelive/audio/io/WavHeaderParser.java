package dev.codelive.audio.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;

/**
 * Walks a WAV file's chunks up to its samples, checking every size against the file before trusting it. Reads RIFF
 * and RF64 (for files over 4 GiB); PCM, IEEE float and WAVE_FORMAT_EXTENSIBLE of either.
 */
final class WavHeaderParser {
    private static final int FORMAT_PCM = 0x0001;
    private static final int FORMAT_FLOAT = 0x0003;
    private static final int FORMAT_EXTENSIBLE = 0xFFFE;
    /** The GUID tail shared by the KSDATAFORMAT_SUBTYPE_PCM and _IEEE_FLOAT sub-formats, after their 16-bit tag. */
    private static final byte[] SUBFORMAT_GUID_TAIL = {
        0x00, 0x00, 0x00, 0x00, 0x10, 0x00, (byte) 0x80, 0x00, 0x00, (byte) 0xAA, 0x00, 0x38, (byte) 0x9B, 0x71
    };
    private static final long UNKNOWN_SIZE = 0xFFFF_FFFFL;
    /** Enough for any real file's metadata chunks; more means garbage, and each would cost a read. */
    private static final int MAX_CHUNKS = 10_000;
    private static final int MAX_FMT_BYTES = 1024;

    private WavHeaderParser() {}

    static WavHeader parse(FileChannel channel) throws IOException {
        long fileSize = channel.size();
        ByteBuffer riff = read(channel, 0, 12);
        boolean rf64 = id(riff, 0).equals("RF64");
        long offset = 12;
        long rf64DataSize = -1;
        Format format = null;
        for (int chunk = 0; chunk < MAX_CHUNKS; chunk++) {
            if (offset + 8 > fileSize) {
                throw new AudioFormatException(format == null ? "truncated WAV: no fmt chunk" : "truncated WAV: no data chunk");
            }
            ByteBuffer header = read(channel, offset, 8);
            String id = id(header, 0);
            long size = Integer.toUnsignedLong(header.getInt(4));
            long body = offset + 8;
            switch (id) {
                case "ds64" -> {
                    if (size < 24 || body + size > fileSize) {
                        throw new AudioFormatException("damaged RF64 WAV: short ds64 chunk");
                    }
                    rf64DataSize = read(channel, body, 24).getLong(8);
                }
                case "fmt " -> {
                    if (size < 16 || size > MAX_FMT_BYTES) {
                        throw new AudioFormatException("damaged WAV: fmt chunk of " + size + " bytes");
                    }
                    if (body + size > fileSize) {
                        throw new AudioFormatException("truncated WAV: the fmt chunk runs past the end of the file");
                    }
                    format = Format.parse(read(channel, body, (int) size));
                }
                case "data" -> {
                    if (format == null) {
                        throw new AudioFormatException("damaged WAV: the data chunk comes before the fmt chunk");
                    }
                    long available = fileSize - body;
                    long dataSize = rf64 && size == UNKNOWN_SIZE ? rf64DataSize : size;
                    if (dataSize < 0 || dataSize == UNKNOWN_SIZE) {
                        dataSize = available; // written by a stream that never went back to fill in the size
                    } else if (dataSize > available) {
                        throw new AudioFormatException("truncated WAV: the data chunk declares " + dataSize
                                + " bytes but the file holds " + available);
                    }
                    return format.header(body, dataSize / format.blockAlign);
                }
                default -> {}
            }
            long next = body + size + (size & 1);
            if (next > fileSize) {
                throw new AudioFormatException("truncated WAV: chunk " + FormatSniffer.fourCc(header, 0)
                        + " runs past the end of the file");
            }
            offset = next;
        }
        throw new AudioFormatException("damaged WAV: more than " + MAX_CHUNKS + " chunks before the samples");
    }

    /** The fields of a fmt chunk that matter. */
    private record Format(WavSampleFormat sampleFormat, int channels, int sampleRate, int blockAlign, int validBits) {

        static Format parse(ByteBuffer fmt) {
            int tag = Short.toUnsignedInt(fmt.getShort(0));
            int channels = Short.toUnsignedInt(fmt.getShort(2));
            long sampleRate = Integer.toUnsignedLong(fmt.getInt(4));
            int blockAlign = Short.toUnsignedInt(fmt.getShort(12));
            int bits = Short.toUnsignedInt(fmt.getShort(14));
            int validBits = bits;
            if (tag == FORMAT_EXTENSIBLE) {
                if (fmt.limit() < 40 || Short.toUnsignedInt(fmt.getShort(16)) < 22) {
                    throw new AudioFormatException("damaged WAV: WAVE_FORMAT_EXTENSIBLE with a short fmt chunk");
                }
                int declaredValid = Short.toUnsignedInt(fmt.getShort(18));
                validBits = declaredValid == 0 ? bits : declaredValid;
                tag = Short.toUnsignedInt(fmt.getShort(24));
                for (int i = 0; i < SUBFORMAT_GUID_TAIL.length; i++) {
                    if (fmt.get(26 + i) != SUBFORMAT_GUID_TAIL[i]) {
                        throw new AudioFormatException("WAV with an unknown WAVE_FORMAT_EXTENSIBLE sub-format");
                    }
                }
            }
            if (tag != FORMAT_PCM && tag != FORMAT_FLOAT) {
                throw new AudioFormatException(String.format(
                        "WAV with format tag 0x%04X is not supported; only PCM and IEEE float are", tag));
            }
            if (channels == 0) {
                throw new AudioFormatException("damaged WAV: 0 channels");
            }
            if (validBits > bits) {
                throw new AudioFormatException("damaged WAV: " + validBits + " valid bits in a " + bits + "-bit sample");
            }
            WavSampleFormat sampleFormat = WavSampleFormat.of(tag == FORMAT_FLOAT, bits);
            if (blockAlign != channels * sampleFormat.bytes()) {
                throw new AudioFormatException("damaged WAV: block align " + blockAlign + " does not fit " + channels
                        + " channels of " + bits + " bits");
            }
            // Clamped so that an absurd rate reaches the limits check as a number instead of overflowing.
            return new Format(sampleFormat, channels, (int) Math.min(sampleRate, Integer.MAX_VALUE), blockAlign, validBits);
        }

        WavHeader header(long dataOffset, long frames) {
            return new WavHeader(sampleFormat, sampleRate, channels, validBits, dataOffset, frames);
        }
    }

    private static ByteBuffer read(FileChannel channel, long offset, int length) throws IOException {
        ByteBuffer buffer = FormatSniffer.readAt(channel, offset, length);
        if (buffer.limit() < length) {
            throw new AudioFormatException("truncated WAV header");
        }
        return buffer.order(ByteOrder.LITTLE_ENDIAN);
    }

    private static String id(ByteBuffer buffer, int offset) {
        byte[] bytes = new byte[4];
        buffer.get(offset, bytes);
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
