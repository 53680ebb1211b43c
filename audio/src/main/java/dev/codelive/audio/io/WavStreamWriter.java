package dev.codelive.audio.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes a WAV file block by block, so that audio of any length (up to WAV's 4 GiB) streams to disk; {@link #close}
 * fills in the sizes. Not thread-safe. Made by {@link WavWriter#open}.
 */
public final class WavStreamWriter implements AutoCloseable {
    private static final long MAX_RIFF_SIZE = 0xFFFF_FFFFL;

    private final FileChannel channel;
    private final WavLayout layout;
    private final int channels;
    private final SampleQuantizer quantizer;
    private ByteBuffer buffer = ByteBuffer.allocate(0);
    private long dataBytes;
    private long frames;
    private boolean closed;

    WavStreamWriter(Path file, int sampleRate, int channels, int bitsPerSample, Dither dither) {
        this.layout = new WavLayout(sampleRate, channels, bitsPerSample);
        this.channels = channels;
        this.quantizer = layout.floating() ? null : new SampleQuantizer(bitsPerSample, dither);
        try {
            this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE);
            writeFully(layout.header(0, 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Appends the first {@code frames} samples of each channel. Samples beyond full scale are clipped in integer
     * formats and kept in float.
     *
     * @throws AudioFormatException when the file would pass WAV's 4 GiB size limit
     */
    public void write(float[][] block, int frames) {
        write(block, 0, frames);
    }

    /** Appends {@code frames} samples of each channel starting at {@code offset}. */
    void write(float[][] block, int offset, int frames) {
        if (closed) {
            throw new IllegalStateException("the WAV writer is closed");
        }
        if (block.length != channels) {
            throw new IllegalArgumentException("expected " + channels + " channel arrays, got " + block.length);
        }
        for (float[] samples : block) {
            if (frames < 0 || offset < 0 || samples.length - offset < frames) {
                throw new IllegalArgumentException("a channel array holds fewer than " + frames + " frames");
            }
        }
        long bytes = (long) frames * layout.blockAlign();
        if (layout.riffSize(dataBytes + bytes) > MAX_RIFF_SIZE) {
            throw new AudioFormatException("a WAV file holds at most 4 GiB of samples; this audio is longer");
        }
        if (buffer.capacity() < bytes) {
            buffer = ByteBuffer.allocate((int) bytes).order(ByteOrder.LITTLE_ENDIAN);
        }
        buffer.clear();
        for (int frame = offset; frame < offset + frames; frame++) {
            for (float[] samples : block) {
                put(samples[frame]);
            }
        }
        buffer.flip();
        try {
            writeFully(buffer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        dataBytes += bytes;
        this.frames += frames;
    }

    private void put(float sample) {
        switch (layout.blockAlign() / channels) {
            case 2 -> buffer.putShort((short) quantizer.quantize(sample));
            case 3 -> {
                int value = quantizer.quantize(sample);
                buffer.put((byte) value).put((byte) (value >> 8)).put((byte) (value >> 16));
            }
            default -> buffer.putFloat(sample);
        }
    }

    /** Frames written so far. */
    public long frames() {
        return frames;
    }

    /** Pads an odd data chunk, writes the final sizes into the header and closes the file. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try (channel) {
            if ((dataBytes & 1) == 1) {
                writeFully(ByteBuffer.allocate(1));
            }
            ByteBuffer header = layout.header(dataBytes, frames);
            channel.position(0);
            writeFully(header);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeFully(ByteBuffer bytes) throws IOException {
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
    }
}
