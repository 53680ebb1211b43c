package dev.codelive.audio.io;

/**
 * A WAV file's layout, from its {@code fmt } and {@code data} chunks.
 *
 * @param sampleFormat how each sample is stored
 * @param sampleRate frames per second
 * @param channels interleaved channels per frame
 * @param validBits significant bits per sample (WAVE_FORMAT_EXTENSIBLE may store fewer than the container holds)
 * @param dataOffset where the first frame starts in the file
 * @param frames whole frames in the data chunk
 */
record WavHeader(WavSampleFormat sampleFormat, int sampleRate, int channels, int validBits, long dataOffset, long frames) {

    int blockAlign() {
        return channels * sampleFormat.bytes();
    }

    AudioInfo info() {
        return new AudioInfo(ContainerFormat.WAV, sampleRate, channels, frames, validBits);
    }
}
