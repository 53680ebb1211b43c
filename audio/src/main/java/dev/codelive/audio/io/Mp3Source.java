package dev.codelive.audio.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.UnsupportedAudioFileException;
import javazoom.spi.mpeg.sampled.convert.MpegFormatConversionProvider;
import javazoom.spi.mpeg.sampled.file.MpegAudioFileReader;

/**
 * Decodes MPEG audio (layers I to III) to 16-bit PCM with mp3spi's Java Sound providers, called directly so that no
 * other installed provider can claim the file. Not gapless: the output keeps the encoder's delay and padding.
 */
final class Mp3Source implements AudioSource {
    /** A decoder that keeps returning nothing is stuck, not slow. */
    private static final int MAX_EMPTY_READS = 1000;

    private final AudioInputStream decoded;
    private final AudioInfo info;
    private final FrameBudget budget;
    private byte[] bytes = new byte[0];

    Mp3Source(FileChannel channel, long offset, DecodeLimits limits) throws IOException {
        InputStream input = new BufferedInputStream(Channels.newInputStream(channel.position(offset)), 1 << 16);
        AudioInputStream encoded;
        try {
            encoded = new MpegAudioFileReader().getAudioInputStream(input);
        } catch (UnsupportedAudioFileException | RuntimeException e) {
            input.close();
            throw new AudioFormatException("damaged MP3 stream: " + e.getMessage(), e);
        }
        AudioFormat source = encoded.getFormat();
        this.info = new AudioInfo(ContainerFormat.MP3, Math.round(source.getSampleRate()), source.getChannels(), -1, -1);
        try {
            limits.check(info);
            AudioFormat pcm = new AudioFormat(AudioFormat.Encoding.PCM_SIGNED, source.getSampleRate(), 16,
                    source.getChannels(), source.getChannels() * 2, source.getSampleRate(), false);
            this.decoded = new MpegFormatConversionProvider().getAudioInputStream(pcm, encoded);
        } catch (RuntimeException e) {
            encoded.close();
            throw e instanceof AudioFormatException afe ? afe
                    : new AudioFormatException("cannot decode this MP3 stream: " + e.getMessage(), e);
        }
        this.budget = new FrameBudget(limits, info);
    }

    @Override
    public AudioInfo info() {
        return info;
    }

    @Override
    public int read(float[][] block) {
        int room = BlockShape.frames(block, info.channels());
        int frameBytes = info.channels() * 2;
        int wanted = Math.min(room, (1 << 20) / frameBytes);
        if (bytes.length < wanted * frameBytes) {
            bytes = new byte[wanted * frameBytes];
        }
        int filled = fill(wanted * frameBytes);
        int frames = filled / frameBytes;
        if (frames == 0) {
            return -1;
        }
        budget.spend(frames);
        ByteBuffer samples = ByteBuffer.wrap(bytes, 0, frames * frameBytes).order(ByteOrder.LITTLE_ENDIAN);
        for (int frame = 0; frame < frames; frame++) {
            for (float[] channel : block) {
                channel[frame] = samples.getShort() / 32_768f;
            }
        }
        return frames;
    }

    /** Reads until {@code length} bytes or the end of the stream; returns how many came. */
    private int fill(int length) {
        int filled = 0;
        int emptyReads = 0;
        try {
            while (filled < length) {
                int read = decoded.read(bytes, filled, length - filled);
                if (read < 0) {
                    break;
                }
                if (read == 0 && ++emptyReads > MAX_EMPTY_READS) {
                    throw new AudioFormatException("damaged MP3 stream: the decoder makes no progress");
                }
                filled += read;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (AudioFormatException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new AudioFormatException("damaged MP3 stream: " + e, e);
        }
        return filled;
    }

    @Override
    public void close() {
        try {
            decoded.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
