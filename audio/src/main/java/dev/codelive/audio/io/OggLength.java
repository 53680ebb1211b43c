package dev.codelive.audio.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;

/**
 * The exact length of an Ogg Vorbis file: the granule position of its last complete page, which for Vorbis counts
 * the PCM frames up to the end of the stream.
 */
final class OggLength {
    /** The largest possible Ogg page (27 header bytes, 255 lacing values, 255 segments of 255 bytes). */
    private static final int MAX_PAGE = 27 + 255 + 255 * 255;

    private OggLength() {}

    /** The frame count, or -1 when no complete page near the end says it. */
    static long frames(FileChannel channel) throws IOException {
        long size = channel.size();
        long start = Math.max(0, size - MAX_PAGE);
        ByteBuffer tail = FormatSniffer.readAt(channel, start, (int) (size - start)).order(ByteOrder.LITTLE_ENDIAN);
        for (int at = tail.limit() - 27; at >= 0; at--) {
            if (tail.get(at) == 'O' && tail.get(at + 1) == 'g' && tail.get(at + 2) == 'g' && tail.get(at + 3) == 'S'
                    && tail.get(at + 4) == 0 && isComplete(tail, at)) {
                long granule = tail.getLong(at + 6);
                if (granule >= 0) {
                    return granule;
                }
            }
        }
        return -1;
    }

    private static boolean isComplete(ByteBuffer tail, int at) {
        int segments = tail.get(at + 26) & 0xFF;
        if (at + 27 + segments > tail.limit()) {
            return false;
        }
        int body = 0;
        for (int i = 0; i < segments; i++) {
            body += tail.get(at + 27 + i) & 0xFF;
        }
        return at + 27 + segments + body <= tail.limit();
    }
}
