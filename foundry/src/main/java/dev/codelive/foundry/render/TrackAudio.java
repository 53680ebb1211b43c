package dev.codelive.foundry.render;

import dev.codelive.audio.PcmAudio;
import dev.codelive.audio.analysis.LoudnessMeter;
import dev.codelive.audio.analysis.LoudnessReport;
import dev.codelive.audio.io.AudioDecoder;
import dev.codelive.audio.io.FlacWriter;
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
import java.util.function.Function;

/**
 * A track's audio in storage: the master as {@code tracks/{id}.wav} and {@code .flac}, each stem as
 * {@code tracks/{id}/stems/{name}.wav} and {@code .flac}. Whatever a provider delivered (WAV, FLAC, MP3, Ogg) is
 * decoded, brought to the server's sample rate, and stored as 16-bit PCM in both formats, so that downloads have a
 * fixed length and byte ranges for seeking.
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
        storeBoth(audio, work, "master", format -> master(trackId, format));
        for (Map.Entry<String, Path> stem : stems.entrySet()) {
            storeBoth(load(stem.getValue()), work, "stem-" + stem.getKey(), format -> stem(trackId, stem.getKey(), format));
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

    private void storeBoth(PcmAudio audio, Path work, String name, Function<Format, BlobKey> key) {
        Path wav = work.resolve(name + ".wav");
        Path flac = work.resolve(name + ".flac");
        new WavWriter().write(audio, wav, BITS);
        new FlacWriter().write(audio, flac, BITS);
        put(key.apply(Format.WAV), wav, Format.WAV);
        put(key.apply(Format.FLAC), flac, Format.FLAC);
    }

    private void put(BlobKey key, Path file, Format format) {
        try (InputStream content = Files.newInputStream(file)) {
            blobs.put(key, content, Files.size(file), format.contentType());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.getFileName() + " to store it", e);
        }
    }
}
