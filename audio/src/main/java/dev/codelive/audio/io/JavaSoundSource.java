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
import javax.sound.sampled.spi.AudioFileReader;
import javax.sound.sampled.spi.FormatConversionProvider;

/**
 * Decodes a lossy stream (MP3 with mp3spi, Ogg Vorbis with vorbisspi) to 16-bit PCM through the Java Sound service
 * providers, called directly so that no other installed provider can claim the file.
 */
final class JavaSoundSource implements AudioSource {
    /** A decoder that keeps returning nothing is stuck, not slow. */
    private static final int MAX_EMPTY_READS = 1000;

    private final AudioInputStream decoded;
    private final AudioInfo info;
    private final FrameBudget budget;
    private final long framesToDeliver;
    private long delivered;
    private byte[] bytes = new byte[0];

    /**
     * @param knownFrames the exact length when the container says it (the last Ogg page's granule position), else -1;
     *     decoding stops there, because the decoder does not trim the last packet's padding itself
     */
    JavaSoundSource(FileChannel channel, long offset, ContainerFormat format, AudioFileReader reader,
            FormatConversionProvider converter, long knownFrames, DecodeLimits limits) throws IOException {
        InputStream input = new BufferedInputStream(Channels.newInputStream(channel.position(offset)), 1 << 16);
        AudioInputStream encoded;
        try {
            encoded = reader.getAudioInputStream(input);
        } catch (UnsupportedAudioFileException | RuntimeException e) {
            input.close();
            throw new AudioFormatException("damaged " + format + " stream: " + e.getMessage(), e);
        }
        AudioFormat source = encoded.getFormat();
        this.info = new AudioInfo(format, Math.round(source.getSampleRate()), source.getChannels(), knownFrames, -1);
        try {
            limits.check(info);
            AudioFormat pcm = new AudioFormat(AudioFormat.Encoding.PCM_SIGNED, source.getSampleRate(), 16,
                    source.getChannels(), source.getChannels() * 2, source.getSampleRate(), false);
            this.decoded = converter.getAudioInputStream(pcm, encoded);
        } catch (RuntimeException e) {
            encoded.close();
            throw e instanceof AudioFormatException afe ? afe
                    : new AudioFormatException("cannot decode this " + format + " stream: " + e.getMessage(), e);
        }
        this.budget = new FrameBudget(limits, info);
        this.framesToDeliver = knownFrames >= 0 ? knownFrames : Long.MAX_VALUE;
    }

    @Override
    public AudioInfo info() {
        return info;
    }

    @Override
    public int read(float[][] block) {
        int room = BlockShape.frames(block, info.channels());
        int frameBytes = info.channels() * 2;
        int wanted = (int) Math.min(Math.min(room, framesToDeliver - delivered), (1 << 20) / frameBytes);
        if (wanted == 0) {
            return -1;
        }
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
        delivered += frames;
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
                    throw new AudioFormatException("damaged " + info.format() + " stream: the decoder makes no progress");
                }
                filled += read;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (AudioFormatException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new AudioFormatException("damaged " + info.format() + " stream: " + e, e);
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
