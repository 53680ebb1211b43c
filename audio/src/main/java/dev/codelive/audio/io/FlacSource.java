package dev.codelive.audio.io;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import org.jflac.ChannelData;
import org.jflac.FLACDecoder;
import org.jflac.FrameListener;
import org.jflac.frame.Frame;
import org.jflac.metadata.Metadata;
import org.jflac.metadata.StreamInfo;

/** Decodes a FLAC stream one FLAC frame at a time with jflac, handing the samples out in the caller's block size. */
final class FlacSource implements AudioSource {
    private final InputStream input;
    private final FLACDecoder decoder;
    private final AudioInfo info;
    private final FrameBudget budget;
    private final double scale;
    /** The current FLAC frame's samples, per channel, and how far into them the caller has read. */
    private final int[][] pending;
    private int pendingFrames;
    private int pendingPosition;
    private long delivered;
    private boolean ended;

    FlacSource(FileChannel channel, long offset, DecodeLimits limits) throws IOException {
        FlacMetadata metadata = FlacMetadata.read(channel, offset);
        InputStream frames = new BufferedInputStream(Channels.newInputStream(channel.position(metadata.framesOffset())), 1 << 16);
        this.input = new SequenceInputStream(metadata.minimalHeader(), frames);
        this.decoder = new FLACDecoder(input);
        decoder.addFrameListener(new FailOnError());
        StreamInfo stream = guard(decoder::readStreamInfo);
        int bits = stream.getBitsPerSample();
        if (bits < 4 || bits > 32) {
            throw new AudioFormatException("damaged FLAC: " + bits + " bits per sample");
        }
        long total = stream.getTotalSamples();
        this.info = new AudioInfo(ContainerFormat.FLAC, stream.getSampleRate(), stream.getChannels(), total > 0 ? total : -1, bits);
        limits.check(info);
        this.budget = new FrameBudget(limits, info);
        this.scale = 1.0 / (1L << (bits - 1));
        this.pending = new int[info.channels()][];
    }

    @Override
    public AudioInfo info() {
        return info;
    }

    @Override
    public int read(float[][] block) {
        int room = BlockShape.frames(block, info.channels());
        if (pendingPosition == pendingFrames && !nextFlacFrame()) {
            return -1;
        }
        int frames = Math.min(room, pendingFrames - pendingPosition);
        for (int c = 0; c < block.length; c++) {
            int[] source = pending[c];
            float[] target = block[c];
            for (int i = 0; i < frames; i++) {
                target[i] = (float) (source[pendingPosition + i] * scale);
            }
        }
        pendingPosition += frames;
        return frames;
    }

    private boolean nextFlacFrame() {
        if (ended) {
            return false;
        }
        Frame frame = guard(decoder::readNextFrame);
        if (frame == null) {
            ended = true;
            if (info.frames() >= 0 && delivered != info.frames()) {
                throw new AudioFormatException("truncated FLAC: " + delivered + " of " + info.frames() + " frames");
            }
            return false;
        }
        if (frame.header.channels != info.channels()) {
            throw new AudioFormatException("damaged FLAC: a frame has " + frame.header.channels + " channels, the stream "
                    + info.channels());
        }
        int frames = frame.header.blockSize;
        budget.spend(frames);
        ChannelData[] channels = decoder.getChannelData();
        for (int c = 0; c < pending.length; c++) {
            if (pending[c] == null || pending[c].length < frames) {
                pending[c] = new int[frames];
            }
            System.arraycopy(channels[c].getOutput(), 0, pending[c], 0, frames);
        }
        pendingFrames = frames;
        pendingPosition = 0;
        delivered += frames;
        return true;
    }

    @Override
    public void close() {
        try {
            input.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Makes every error jflac reports fatal. Left alone, it silences a frame that fails its checksum, and retries a
     * bad frame header forever on some damaged files.
     */
    private final class FailOnError implements FrameListener {
        @Override
        public void processMetadata(Metadata metadata) {
            // nothing to check
        }

        @Override
        public void processFrame(Frame frame) {
            // nothing to check
        }

        @Override
        public void processError(String message) {
            if (message.contains("EOFException")) {
                throw new AudioFormatException("truncated FLAC: the file ends inside the frame after frame " + delivered);
            }
            String problem = message.startsWith("CRC Error") ? "a frame fails its checksum"
                    : message.startsWith("Found bad header") ? "a frame header is invalid"
                    : "a frame cannot be decoded";
            throw new AudioFormatException("damaged FLAC after frame " + delivered + ": " + problem);
        }
    }

    private interface FlacStep<T> {
        T run() throws IOException;
    }

    /** jflac reports damaged input as anything from an EOFException to an ArrayIndexOutOfBoundsException. */
    private static <T> T guard(FlacStep<T> step) {
        try {
            return step.run();
        } catch (AudioFormatException e) {
            throw e;
        } catch (EOFException e) {
            throw new AudioFormatException("truncated FLAC: the file ends inside its headers", e);
        } catch (IOException | RuntimeException e) {
            String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new AudioFormatException("damaged FLAC: " + detail, e);
        }
    }
}
