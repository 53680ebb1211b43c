package dev.codelive.foundry.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codelive.audio.PcmAudio;
import dev.codelive.audio.io.AudioDecoder;
import dev.codelive.audio.io.AudioInfo;
import dev.codelive.audio.io.ContainerFormat;
import dev.codelive.audio.io.FlacWriter;
import dev.codelive.audio.io.WavWriter;
import dev.codelive.foundry.render.TrackAudio.Format;
import dev.codelive.foundry.tracks.Track;
import dev.codelive.platform.storage.Blob;
import dev.codelive.platform.storage.BlobKey;
import dev.codelive.platform.storage.LocalBlobStore;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrackAudioTest {
    private static final int RATE = 44_100;

    @TempDir
    Path dir;

    private final AudioDecoder decoder = new AudioDecoder();

    @Test
    void aDeliveryAlreadyInTheStoredFormIsStoredByteForByteAndMeasured() throws IOException {
        LocalBlobStore blobs = new LocalBlobStore(dir.resolve("blobs"));
        Path master = wav("master.wav", tone(RATE, 2.0, 0.5), 16);
        Path bass = wav("bass.wav", tone(RATE, 2.0, 0.25), 16);

        Track.AudioFacts facts = new TrackAudio(blobs, decoder, RATE).store("t1", master, Map.of("bass", bass), work());

        assertThat(stored(blobs, TrackAudio.master("t1", Format.WAV))).isEqualTo(Files.readAllBytes(master));
        assertThat(stored(blobs, TrackAudio.stem("t1", "bass", Format.WAV))).isEqualTo(Files.readAllBytes(bass));
        assertThat(blobs.exists(TrackAudio.master("t1", Format.FLAC))).as("FLAC waits for its first request").isFalse();
        assertThat(facts.seconds()).isEqualTo(2.0);
        assertThat(facts.truePeakDbtp()).isBetween(-6.5, -5.5);
        assertThat(facts.loudnessLufs()).isPresent();
    }

    @Test
    void otherDeliveriesBecomeSixteenBitWavAtTheServersRate() throws IOException {
        LocalBlobStore blobs = new LocalBlobStore(dir.resolve("blobs"));
        Path master = wav("master.wav", tone(48_000, 1.5, 0.5), 24);
        Path lead = dir.resolve("lead.flac");
        new FlacWriter().write(tone(RATE, 1.5, 0.5), lead, 16);

        Track.AudioFacts facts = new TrackAudio(blobs, decoder, RATE).store("t2", master, Map.of("lead", lead), work());

        assertThat(info(blobs, TrackAudio.master("t2", Format.WAV))).isEqualTo(new AudioInfo(ContainerFormat.WAV, RATE, 2, 66_150, 16));
        assertThat(info(blobs, TrackAudio.stem("t2", "lead", Format.WAV))).isEqualTo(new AudioInfo(ContainerFormat.WAV, RATE, 2, 66_150, 16));
        assertThat(facts.seconds()).isEqualTo(1.5);
    }

    @Test
    void theFlacCopyDecodesToTheStoredWavsSamplesAndIsMadeOnce() throws IOException {
        LocalBlobStore blobs = new LocalBlobStore(dir.resolve("blobs"));
        new TrackAudio(blobs, decoder, RATE).store("t3", wav("master.wav", tone(RATE, 3.0, 0.7), 16), Map.of(), work());
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        FlacCopies copies = new FlacCopies(blobs, decoder, dir.resolve("flac-work"), new FoundryMetrics(registry));
        BlobKey flac = TrackAudio.master("t3", Format.FLAC);

        assertThat(copies.ensure(TrackAudio.master("t3", Format.WAV), flac)).isTrue();
        assertThat(copies.ensure(TrackAudio.master("t3", Format.WAV), flac)).isTrue();

        assertThat(decode(blobs, flac)).isEqualTo(decode(blobs, TrackAudio.master("t3", Format.WAV)));
        assertThat(registry.find("foundry.flac.encode.duration").timer().count()).isEqualTo(1);
        assertThat(copies.ensure(TrackAudio.master("missing", Format.WAV), TrackAudio.master("missing", Format.FLAC))).isFalse();
        assertThat(blobs.exists(TrackAudio.master("missing", Format.FLAC))).isFalse();
        try (var left = Files.list(dir.resolve("flac-work"))) {
            assertThat(left).as("encoding leaves no work files").isEmpty();
        }
    }

    private Path work() throws IOException {
        return Files.createDirectories(dir.resolve("work"));
    }

    private Path wav(String name, PcmAudio audio, int bits) {
        Path file = dir.resolve(name);
        new WavWriter().write(audio, file, bits);
        return file;
    }

    private static byte[] stored(LocalBlobStore blobs, BlobKey key) throws IOException {
        try (Blob blob = blobs.open(key).orElseThrow()) {
            return blob.content().readAllBytes();
        }
    }

    private AudioInfo info(LocalBlobStore blobs, BlobKey key) throws IOException {
        return decoder.probe(Files.write(Files.createTempFile(dir, "probe", ".bin"), stored(blobs, key)));
    }

    private PcmAudio decode(LocalBlobStore blobs, BlobKey key) throws IOException {
        return decoder.decode(Files.write(Files.createTempFile(dir, "decode", ".bin"), stored(blobs, key)));
    }

    /** A stereo 440 Hz sine of that peak. */
    private static PcmAudio tone(int rate, double seconds, double peak) {
        int frames = (int) Math.round(seconds * rate);
        float[] wave = new float[frames];
        for (int i = 0; i < frames; i++) {
            wave[i] = (float) (peak * Math.sin(2 * Math.PI * 440 * i / rate));
        }
        return new PcmAudio(rate, new float[][] {wave, wave.clone()});
    }
}
