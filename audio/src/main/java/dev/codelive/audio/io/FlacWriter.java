package dev.codelive.audio.io;

import dev.codelive.audio.PcmAudio;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import net.sourceforge.javaflacencoder.EncodingConfiguration;
import net.sourceforge.javaflacencoder.FLACEncoder;
import net.sourceforge.javaflacencoder.FLACFileOutputStream;
import net.sourceforge.javaflacencoder.StreamConfiguration;

/**
 * Writes FLAC files, 16 or 24 bits per sample, with java-flac-encoder. Quantising to 16 bits adds the same seeded TPDF
 * dither as {@link WavWriter} by default. Thread-safe (each file gets its own encoder).
 */
public final class FlacWriter {
    private static final int BLOCK_FRAMES = 4096;
    /** FLAC's own ceiling (STREAMINFO holds the rate in 20 bits; the encoder accepts up to this). */
    private static final int MAX_SAMPLE_RATE = 655_350;

    private final Dither dither;

    /** A writer that dithers when it quantises to 16 bits. */
    public FlacWriter() {
        this(Dither.TPDF);
    }

    public FlacWriter(Dither dither) {
        this.dither = Objects.requireNonNull(dither, "dither");
    }

    /**
     * Writes the whole audio to {@code file}, replacing it.
     *
     * @param bitsPerSample 16 or 24
     * @throws IllegalArgumentException for another bit depth or more than 8 channels
     * @throws java.io.UncheckedIOException when the file cannot be written
     */
    public void write(PcmAudio audio, Path file, int bitsPerSample) {
        check(audio.sampleRate(), audio.channelCount(), bitsPerSample);
        encode(file, audio.sampleRate(), audio.channelCount(), bitsPerSample, (encoder, quantizer) -> {
            int[] interleaved = new int[BLOCK_FRAMES * audio.channelCount()];
            for (int start = 0; start < audio.frames(); start += BLOCK_FRAMES) {
                int frames = Math.min(BLOCK_FRAMES, audio.frames() - start);
                interleave(audio.channels(), start, frames, quantizer, interleaved);
                add(encoder, interleaved, frames);
            }
        });
    }

    /**
     * Writes everything left in {@code source} to {@code file}, block by block, so that a long file never has to fit in
     * memory. With {@link Dither#NONE} and the source's own bit depth, a PCM source comes through sample for sample
     * (a lossless transcode).
     *
     * @param bitsPerSample 16 or 24
     * @throws IllegalArgumentException for another bit depth or more than 8 channels
     * @throws AudioFormatException when the source turns out damaged
     * @throws java.io.UncheckedIOException when a file cannot be read or written
     */
    public void write(AudioSource source, Path file, int bitsPerSample) {
        AudioInfo info = source.info();
        check(info.sampleRate(), info.channels(), bitsPerSample);
        encode(file, info.sampleRate(), info.channels(), bitsPerSample, (encoder, quantizer) -> {
            float[][] block = new float[info.channels()][BLOCK_FRAMES];
            int[] interleaved = new int[BLOCK_FRAMES * info.channels()];
            int frames;
            while ((frames = source.read(block)) > 0) {
                interleave(block, 0, frames, quantizer, interleaved);
                add(encoder, interleaved, frames);
            }
        });
    }

    private static void check(int sampleRate, int channels, int bitsPerSample) {
        if (bitsPerSample != 16 && bitsPerSample != 24) {
            throw new IllegalArgumentException("FLAC is written with 16 or 24 bits per sample, not " + bitsPerSample);
        }
        if (channels > 8) {
            throw new IllegalArgumentException("FLAC holds at most 8 channels, not " + channels);
        }
        if (sampleRate > MAX_SAMPLE_RATE) {
            throw new IllegalArgumentException("FLAC holds sample rates up to " + MAX_SAMPLE_RATE + " Hz");
        }
    }

    /** What feeds the encoder its samples, block by block. */
    private interface SampleFeed {
        void feed(FLACEncoder encoder, SampleQuantizer quantizer) throws IOException;
    }

    private void encode(Path file, int sampleRate, int channels, int bitsPerSample, SampleFeed feed) {
        FLACEncoder encoder = new FLACEncoder();
        StreamConfiguration stream = new StreamConfiguration(channels, BLOCK_FRAMES, BLOCK_FRAMES, sampleRate, bitsPerSample);
        EncodingConfiguration encoding = new EncodingConfiguration();
        // LPC rather than the default exhaustive search: that one prints "Running verbatim" to stderr whenever a
        // block is noise-like (dithered silence, say), and verbatim saves almost nothing on real audio.
        encoding.setSubframeType(EncodingConfiguration.SubframeType.LPC);
        if (!encoder.setStreamConfiguration(stream) || !encoder.setEncodingConfiguration(encoding)) {
            throw new IllegalArgumentException("the FLAC encoder rejects " + channels + " channels at " + sampleRate + " Hz, "
                    + bitsPerSample + " bits");
        }
        try (FLACFileOutputStream out = new FLACFileOutputStream(file.toFile())) {
            encoder.setOutputStream(out);
            encoder.openFLACStream();
            feed.feed(encoder, new SampleQuantizer(bitsPerSample, dither));
            encoder.encodeSamples(encoder.samplesAvailableToEncode(), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void interleave(float[][] channels, int start, int frames, SampleQuantizer quantizer, int[] interleaved) {
        for (int i = 0; i < frames; i++) {
            for (int c = 0; c < channels.length; c++) {
                interleaved[i * channels.length + c] = quantizer.quantize(channels[c][start + i]);
            }
        }
    }

    private static void add(FLACEncoder encoder, int[] interleaved, int frames) throws IOException {
        encoder.addSamples(interleaved, frames);
        encoder.encodeSamples(encoder.fullBlockSamplesAvailableToEncode(), false);
    }
}
