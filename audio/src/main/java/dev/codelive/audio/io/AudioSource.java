package dev.codelive.audio.io;

/**
 * Decoded audio read block by block, so that a long file never has to fit in memory. Not thread-safe; close it when
 * done.
 */
public interface AudioSource extends AutoCloseable {

    /** The stream's format, from its headers. */
    AudioInfo info();

    /**
     * Reads the next frames into the start of each channel's array, at most {@code block[0].length} of them.
     *
     * @param block one array per channel ({@code info().channels()} of them), all of the same length
     * @return the frames read (at least one), or {@code -1} at the end of the audio
     * @throws AudioFormatException when the data is damaged or the audio runs past the decoder's duration limit
     * @throws java.io.UncheckedIOException when the file cannot be read
     */
    int read(float[][] block);

    @Override
    void close();
}
