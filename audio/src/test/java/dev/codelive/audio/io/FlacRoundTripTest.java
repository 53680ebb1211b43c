package dev.codelive.audio.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codelive.audio.ExternalTool;
import dev.codelive.audio.PcmAudio;
import dev.codelive.audio.TestTones;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FlacRoundTripTest {
    private final AudioDecoder decoder = new AudioDecoder();

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}-bit, {1} channel(s) at {2} Hz")
    @CsvSource({"16, 1, 44100", "16, 2, 48000", "24, 1, 96000", "24, 2, 44100", "16, 6, 48000"})
    void samplesOnTheGridComeBackExactly(int bits, int channels, int rate) {
        PcmAudio original = TestTones.onGrid(rate, channels, 20_011, bits, 4);
        Path file = dir.resolve("grid.flac");

        new FlacWriter(Dither.NONE).write(original, file, bits);

        assertThat(decoder.decode(file)).isEqualTo(original);
        assertThat(decoder.probe(file)).isEqualTo(new AudioInfo(ContainerFormat.FLAC, rate, channels, 20_011, bits));
    }

    @Test
    void musicLikeSignalsRoundTripThroughTheEncodersPredictors() {
        // A sine compresses through LPC subframes, not the verbatim ones that random samples fall back to.
        PcmAudio sine = TestTones.sine(44_100, 2, 2, 440, -6);
        new WavWriter(Dither.NONE).write(sine, dir.resolve("sine.wav"), 24);
        PcmAudio onGrid = decoder.decode(dir.resolve("sine.wav"));

        new FlacWriter(Dither.NONE).write(onGrid, dir.resolve("sine.flac"), 24);

        assertThat(decoder.decode(dir.resolve("sine.flac"))).isEqualTo(onGrid);
        assertThat(dir.resolve("sine.flac").toFile().length()).isLessThan(dir.resolve("sine.wav").toFile().length() / 2);
    }

    @Test
    void silenceAndFullScaleExtremesRoundTrip() {
        float[] extremes = new float[5000];
        for (int i = 2500; i < 5000; i++) {
            extremes[i] = i % 2 == 0 ? -1f : 8_388_607 / 8_388_608f;
        }
        PcmAudio audio = new PcmAudio(48_000, new float[][] {extremes, new float[5000]});

        new FlacWriter(Dither.NONE).write(audio, dir.resolve("edges.flac"), 24);

        assertThat(decoder.decode(dir.resolve("edges.flac"))).isEqualTo(audio);
    }

    @Test
    void ditheredSixteenBitFlacMatchesTheDitheredWavSampleForSample() throws IOException {
        PcmAudio audio = TestTones.noise(48_000, 2, 30_000, 0.7, 8);

        new FlacWriter().write(audio, dir.resolve("a.flac"), 16);
        new FlacWriter().write(audio, dir.resolve("b.flac"), 16);
        new WavWriter().write(audio, dir.resolve("a.wav"), 16);

        assertThat(Files.readAllBytes(dir.resolve("a.flac"))).isEqualTo(Files.readAllBytes(dir.resolve("b.flac")));
        assertThat(decoder.decode(dir.resolve("a.flac"))).isEqualTo(decoder.decode(dir.resolve("a.wav")));
    }

    @ParameterizedTest(name = "{0}-bit WAV, {1} channel(s)")
    @CsvSource({"16, 2", "24, 1"})
    void aWavStreamedIntoFlacKeepsEverySampleAndTheLength(int bits, int channels) throws IOException {
        // Longer than the decoder's and the encoder's blocks, and not a multiple of either.
        PcmAudio audio = TestTones.noise(44_100, channels, 150_001, 0.8, 3);
        Path wav = dir.resolve("master.wav");
        new WavWriter().write(audio, wav, bits);

        try (AudioSource source = decoder.open(wav)) {
            new FlacWriter(Dither.NONE).write(source, dir.resolve("master.flac"), bits);
        }

        assertThat(decoder.decode(dir.resolve("master.flac"))).isEqualTo(decoder.decode(wav));
        assertThat(decoder.probe(dir.resolve("master.flac"))).isEqualTo(new AudioInfo(ContainerFormat.FLAC, 44_100, channels, 150_001, bits));
    }

    @Test
    void anotherDecoderReadsOurFlac() {
        ExternalTool.require("sox", "sox");
        PcmAudio original = TestTones.onGrid(44_100, 2, 12_345, 24, 6);
        new FlacWriter(Dither.NONE).write(original, dir.resolve("ours.flac"), 24);

        ExternalTool.run("sox", dir.resolve("ours.flac").toString(), dir.resolve("by-sox.wav").toString());

        assertThat(decoder.decode(dir.resolve("by-sox.wav"))).isEqualTo(original);
    }

    @ParameterizedTest(name = "{0}-bit")
    @CsvSource({"8", "16", "24"})
    void weReadAnotherEncodersFlac(int bits) {
        ExternalTool.require("sox", "sox");
        PcmAudio original = TestTones.onGrid(48_000, 2, 40_000, bits, 12);
        new WavWriter(Dither.NONE).write(original, dir.resolve("source.wav"), 24);

        ExternalTool.run("sox", dir.resolve("source.wav").toString(), "--no-dither", "-b", String.valueOf(bits), "-C", "8",
                dir.resolve("by-sox.flac").toString());

        assertThat(decoder.decode(dir.resolve("by-sox.flac"))).isEqualTo(original);
        assertThat(decoder.probe(dir.resolve("by-sox.flac")).bitsPerSample()).isEqualTo(bits);
    }

    @Test
    void writerRefusesDepthsItDoesNotWrite() {
        PcmAudio audio = TestTones.noise(8000, 1, 10, 0.1, 1);

        assertThatThrownBy(() -> new FlacWriter().write(audio, dir.resolve("x.flac"), 32))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("16 or 24 bits");
    }
}
