package dev.codelive.foundry.render;

import dev.codelive.audio.PcmAudio;
import dev.codelive.audio.analysis.LoudnessMeter;
import dev.codelive.audio.analysis.LoudnessReport;
import dev.codelive.audio.io.AudioDecoder;
import dev.codelive.audio.io.AudioInfo;
import dev.codelive.audio.io.ContainerFormat;
import dev.codelive.audio.io.Resampler;
import dev.codelive.audio.io.WavWriter;
import dev.codelive.foundry.tracks.Track;
import dev.codelive.platform.storage.BlobKey;
import dev.codelive.platform.storage.BlobStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Supplier;

/**
 * A track's audio in storage: the master as {@code tracks/{id}.wav}, each stem as {@code tracks/{id}/stems/{name}.wav},
 * 16-bit PCM at the server's sample rate, so that downloads have a fixed length and byte ranges for seeking. A file
 * already in that form (the local composer's) is stored as it is; anything else a provider delivered (WAV of another
 * depth or rate, FLAC, MP3, Ogg) is decoded, resampled and written so. The {@code .flac} copies beside them are made on
 * first request by {@link FlacCopies}, off the job's path: encoding them all took half of a 60 s track's job.
 */
public final class TrackAudio {
    private static final int BITS = 16;

    /** The formats a track is stored and served in. */
    public enum Format {
        WAV("wav", "audio/wav"),
        FLAC("flac", "audio/flac");

        private final String extension;
        private final String contentType;

        Format(String extension, String contentType) {
            this.extension = extension;
            this.contentType = contentType;
        }

        public String extension() {
            return extension;
        }

        public String contentType() {
            return contentType;
        }

        /** The format of that extension ({@code wav}, {@code flac}), if it is one. */
        public static Optional<Format> of(String extension) {
            return Arrays.stream(values()).filter(format -> format.extension.equals(extension)).findFirst();
        }
    }

    private final BlobStore blobs;
    private final AudioDecoder decoder;
    private final int sampleRate;

    public TrackAudio(BlobStore blobs, AudioDecoder decoder, int sampleRate) {
        this.blobs = blobs;
        this.decoder = decoder;
        this.sampleRate = sampleRate;
    }

    public static BlobKey master(String trackId, Format format) {
        return BlobKey.of("tracks/" + trackId + "." + format.extension());
    }

    public static BlobKey stem(String trackId, String stem, Format format) {
        return BlobKey.of("tracks/" + trackId + "/stems/" + stem + "." + format.extension());
    }

    /**
     * Stores the master and the stems, replacing any left by an earlier attempt, and measures the master.
     *
     * @param work a directory for the encoded files, removed by the caller
     */
    public Track.AudioFacts store(String trackId, Path master, Map<String, Path> stems, Path work) {
        PcmAudio audio = load(master);
        storeWav(master, () -> audio, work.resolve("master.wav"), master(trackId, Format.WAV));
        for (Map.Entry<String, Path> stem : stems.entrySet()) {
            storeWav(stem.getValue(), () -> load(stem.getValue()), work.resolve("stem-" + stem.getKey() + ".wav"),
                    stem(trackId, stem.getKey(), Format.WAV));
        }
        LoudnessReport loudness = new LoudnessMeter().measure(audio);
        OptionalDouble integrated = Double.isFinite(loudness.integratedLufs()) ? OptionalDouble.of(loudness.integratedLufs()) : OptionalDouble.empty();
        return new Track.AudioFacts(audio.seconds(), integrated, loudness.truePeakDbtp());
    }

    /** Removes everything stored for the track; missing files are no error. */
    public void delete(String trackId, List<String> stems) {
        List<BlobKey> keys = new ArrayList<>();
        for (Format format : Format.values()) {
            keys.add(master(trackId, format));
            stems.forEach(stem -> keys.add(stem(trackId, stem, format)));
        }
        keys.forEach(blobs::delete);
    }

    private PcmAudio load(Path file) {
        PcmAudio audio = decoder.decode(file);
        return audio.sampleRate() == sampleRate ? audio : new Resampler().resample(audio, sampleRate);
    }

    /** Stores {@code delivered} as it is when it is already 16-bit PCM WAV at our rate, else the audio written so. */
    private void storeWav(Path delivered, Supplier<PcmAudio> audio, Path converted, BlobKey key) {
        AudioInfo info = decoder.probe(delivered);
        boolean canonical = info.format() == ContainerFormat.WAV && info.bitsPerSample() == BITS && info.sampleRate() == sampleRate;
        if (canonical) {
            put(key, delivered, Format.WAV);
        } else {
            new WavWriter().write(audio.get(), converted, BITS);
            put(key, converted, Format.WAV);
        }
    }

    private void put(BlobKey key, Path file, Format format) {
        try (InputStream content = Files.newInputStream(file)) {
            blobs.put(key, content, Files.size(file), format.contentType());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.getFileName() + " to store it", e);
        }
    }
}
