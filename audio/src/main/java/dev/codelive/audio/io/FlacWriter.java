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
        if (bitsPerSample != 16 && bitsPerSample != 24) {
            throw new IllegalArgumentException("FLAC is written with 16 or 24 bits per sample, not " + bitsPerSample);
        }
        if (audio.channelCount() > 8) {
            throw new IllegalArgumentException("FLAC holds at most 8 channels, not " + audio.channelCount());
        }
        if (audio.sampleRate() > MAX_SAMPLE_RATE) {
            throw new IllegalArgumentException("FLAC holds sample rates up to " + MAX_SAMPLE_RATE + " Hz");
        }
        FLACEncoder encoder = new FLACEncoder();
        StreamConfiguration stream = new StreamConfiguration(audio.channelCount(), BLOCK_FRAMES, BLOCK_FRAMES,
                audio.sampleRate(), bitsPerSample);
        EncodingConfiguration encoding = new EncodingConfiguration();
        // LPC rather than the default exhaustive search: that one prints "Running verbatim" to stderr whenever a
        // block is noise-like (dithered silence, say), and verbatim saves almost nothing on real audio.
        encoding.setSubframeType(EncodingConfiguration.SubframeType.LPC);
        if (!encoder.setStreamConfiguration(stream) || !encoder.setEncodingConfiguration(encoding)) {
            throw new IllegalArgumentException("the FLAC encoder rejects " + audio);
        }
        SampleQuantizer quantizer = new SampleQuantizer(bitsPerSample, dither);
        try (FLACFileOutputStream out = new FLACFileOutputStream(file.toFile())) {
            encoder.setOutputStream(out);
            encoder.openFLACStream();
            int channels = audio.channelCount();
            int[] interleaved = new int[BLOCK_FRAMES * channels];
            for (int start = 0; start < audio.frames(); start += BLOCK_FRAMES) {
                int frames = Math.min(BLOCK_FRAMES, audio.frames() - start);
                for (int i = 0; i < frames; i++) {
                    for (int c = 0; c < channels; c++) {
                        interleaved[i * channels + c] = quantizer.quantize(audio.channel(c)[start + i]);
                    }
                }
                encoder.addSamples(interleaved, frames);
                encoder.encodeSamples(encoder.fullBlockSamplesAvailableToEncode(), false);
            }
            encoder.encodeSamples(encoder.samplesAvailableToEncode(), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
