package dev.codelive.audio.io;

import dev.codelive.audio.PcmAudio;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes WAV files: 16 or 24-bit PCM, or 32-bit IEEE float. Quantising to 16 bits adds seeded TPDF dither by default,
 * so that equal audio always gives byte-identical files. Thread-safe (each file gets its own state).
 */
public final class WavWriter {
    private static final int BLOCK_FRAMES = 16_384;

    private final Dither dither;

    /** A writer that dithers when it quantises to 16 bits. */
    public WavWriter() {
        this(Dither.TPDF);
    }

    public WavWriter(Dither dither) {
        this.dither = Objects.requireNonNull(dither, "dither");
    }

    /**
     * Writes the whole audio to {@code file}, replacing it.
     *
     * @param bitsPerSample 16 or 24 for integer PCM, 32 for float
     * @throws AudioFormatException when the audio is too long for WAV (4 GiB)
     * @throws java.io.UncheckedIOException when the file cannot be written
     */
    public void write(PcmAudio audio, Path file, int bitsPerSample) {
        try (WavStreamWriter writer = open(file, audio.sampleRate(), audio.channelCount(), bitsPerSample)) {
            for (int start = 0; start < audio.frames(); start += BLOCK_FRAMES) {
                writer.write(audio.channels(), start, Math.min(BLOCK_FRAMES, audio.frames() - start));
            }
        }
    }

    /**
     * Starts a WAV file to be written block by block; close the writer to finish it.
     *
     * @param bitsPerSample 16 or 24 for integer PCM, 32 for float
     * @throws IllegalArgumentException for another bit depth, or a channel count outside 1 to 8
     * @throws java.io.UncheckedIOException when the file cannot be created
     */
    public WavStreamWriter open(Path file, int sampleRate, int channels, int bitsPerSample) {
        return new WavStreamWriter(file, sampleRate, channels, bitsPerSample, dither);
    }
}
