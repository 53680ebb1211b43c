package dev.codelive.audio.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;

/** Reads a WAV file's samples block by block straight from the file. */
final class WavSource implements AudioSource {
    /** Keeps the read buffer small whatever block size the caller picks. */
    private static final int MAX_READ_BYTES = 1 << 20;

    private final FileChannel channel;
    private final WavHeader header;
    private final AudioInfo info;
    private long position;
    private long framesLeft;
    private ByteBuffer buffer = ByteBuffer.allocate(0);

    WavSource(FileChannel channel, DecodeLimits limits) throws IOException {
        this.channel = channel;
        this.header = WavHeaderParser.parse(channel);
        this.info = header.info();
        limits.check(info);
        this.position = header.dataOffset();
        this.framesLeft = header.frames();
    }

    @Override
    public AudioInfo info() {
        return info;
    }

    @Override
    public int read(float[][] block) {
        int room = BlockShape.frames(block, header.channels());
        if (framesLeft == 0) {
            return -1;
        }
        int frames = (int) Math.min(Math.min(room, framesLeft), Math.max(1, MAX_READ_BYTES / header.blockAlign()));
        int bytes = frames * header.blockAlign();
        if (buffer.capacity() < bytes) {
            buffer = ByteBuffer.allocate(bytes).order(ByteOrder.LITTLE_ENDIAN);
        }
        buffer.clear().limit(bytes);
        try {
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, position + buffer.position()) < 0) {
                    throw new AudioFormatException("truncated WAV: the file ended inside its data chunk");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        buffer.flip();
        WavSampleFormat format = header.sampleFormat();
        for (int frame = 0; frame < frames; frame++) {
            for (float[] samples : block) {
                samples[frame] = format.read(buffer);
            }
        }
        position += bytes;
        framesLeft -= frames;
        return frames;
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
