package dev.codelive.audio.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Walks a FLAC file's metadata blocks by their headers alone, checking each length against the file, to find the
 * STREAMINFO block and where the frames start. The other blocks (pictures, tags, seek tables) are never parsed: a
 * hostile picture block can declare sizes that exhaust the heap in jflac's parser.
 */
final class FlacMetadata {
    private static final int STREAMINFO = 0;
    private static final int STREAMINFO_BYTES = 34;
    private static final int INVALID_TYPE = 127;
    private static final int MAX_BLOCKS = 10_000;

    private final byte[] streamInfo;
    private final long framesOffset;

    private FlacMetadata(byte[] streamInfo, long framesOffset) {
        this.streamInfo = streamInfo;
        this.framesOffset = framesOffset;
    }

    /** Reads the metadata of the FLAC stream whose {@code fLaC} marker is at {@code offset}. */
    static FlacMetadata read(FileChannel channel, long offset) throws IOException {
        long size = channel.size();
        long at = offset + 4;
        byte[] streamInfo = null;
        for (int block = 0; block < MAX_BLOCKS; block++) {
            ByteBuffer header = FormatSniffer.readAt(channel, at, 4);
            if (header.limit() < 4) {
                throw new AudioFormatException("truncated FLAC: the file ends inside its headers");
            }
            int flags = header.get(0) & 0xFF;
            int type = flags & 0x7F;
            int length = header.getInt(0) & 0xFF_FFFF;
            if (at + 4 + length > size) {
                throw new AudioFormatException("truncated FLAC: the file ends inside its headers");
            }
            if (type == INVALID_TYPE) {
                throw new AudioFormatException("damaged FLAC: a metadata block of the invalid type 127");
            }
            if (block == 0) {
                if (type != STREAMINFO || length != STREAMINFO_BYTES) {
                    throw new AudioFormatException("damaged FLAC: the first metadata block is not STREAMINFO");
                }
                streamInfo = FormatSniffer.readAt(channel, at + 4, STREAMINFO_BYTES).array();
            }
            at += 4 + length;
            if ((flags & 0x80) != 0) {
                return new FlacMetadata(streamInfo, at);
            }
        }
        throw new AudioFormatException("damaged FLAC: more than " + MAX_BLOCKS + " metadata blocks");
    }

    /** Where the first frame starts. */
    long framesOffset() {
        return framesOffset;
    }

    /** The stream's header reduced to the marker and STREAMINFO, marked as the last metadata block. */
    InputStream minimalHeader() {
        byte[] header = new byte[4 + 4 + STREAMINFO_BYTES];
        header[0] = 'f';
        header[1] = 'L';
        header[2] = 'a';
        header[3] = 'C';
        header[4] = (byte) 0x80; // last block, type STREAMINFO
        header[7] = STREAMINFO_BYTES;
        System.arraycopy(streamInfo, 0, header, 8, STREAMINFO_BYTES);
        return new ByteArrayInputStream(header);
    }
}
