package dev.codelive.audio.io;

import dev.codelive.audio.PcmAudio;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

/**
 * Reads WAV, FLAC, MP3 and Ogg Vorbis files, the format found from the file's first bytes. Whole files become a
 * {@link PcmAudio}; long ones can be streamed block by block with {@link #open}. Every file is held to the
 * {@link DecodeLimits}; anything unreadable ends in an {@link AudioFormatException} saying why. Thread-safe.
 */
public final class AudioDecoder {
    private static final int BLOCK_FRAMES = 16_384;

    private final DecodeLimits limits;

    /** A decoder with the {@link DecodeLimits#DEFAULT default limits}. */
    public AudioDecoder() {
        this(DecodeLimits.DEFAULT);
    }

    public AudioDecoder(DecodeLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * What the file holds, from its headers.
     *
     * @throws AudioFormatException when it is not a supported, intact audio file within the limits
     * @throws UncheckedIOException when it cannot be read
     */
    public AudioInfo probe(Path file) {
        try (AudioSource source = open(file)) {
            return source.info();
        }
    }

    /**
     * The whole file in memory, at its own sample rate and channel count.
     *
     * @throws AudioFormatException when it is not a supported, intact audio file, or is longer than the limits allow
     *     in memory
     * @throws UncheckedIOException when it cannot be read
     */
    public PcmAudio decode(Path file) {
        try (AudioSource source = open(file)) {
            AudioInfo info = source.info();
            PcmCollector collector = new PcmCollector(info, limits);
            float[][] block = new float[info.channels()][BLOCK_FRAMES];
            int frames;
            while ((frames = source.read(block)) > 0) {
                collector.append(block, frames);
            }
            return collector.toPcm();
        }
    }

    /**
     * The file as a stream of blocks, for files too long to hold in memory. Close it when done.
     *
     * @throws AudioFormatException when it is not a supported, intact audio file within the limits
     * @throws UncheckedIOException when it cannot be read
     */
    public AudioSource open(Path file) {
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            FormatSniffer.Found found = FormatSniffer.detect(channel);
            return switch (found.format()) {
                case WAV -> new WavSource(channel, limits);
                case FLAC -> new FlacSource(channel, found.offset(), limits);
                case MP3 -> new Mp3Source(channel, found.offset(), limits);
                case OGG_VORBIS -> new OggVorbisSource(channel, found.offset(), OggLength.frames(channel), limits);
            };
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // the original failure is the one worth reporting
        }
    }
}
