package dev.codelive.audio.io;

/**
 * What a file holds, read from its headers.
 *
 * @param format the container, found from the file's first bytes
 * @param sampleRate frames per second
 * @param channels channel count
 * @param frames samples per channel, or {@code -1} when the headers do not say (MP3)
 * @param bitsPerSample bits per stored sample for lossless formats, or {@code -1} for lossy ones, which have none
 */
public record AudioInfo(ContainerFormat format, int sampleRate, int channels, long frames, int bitsPerSample) {

    /** Length in seconds, or {@code -1} when unknown. */
    public double seconds() {
        return frames < 0 ? -1 : (double) frames / sampleRate;
    }
}
