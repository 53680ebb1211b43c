package dev.codelive.audio.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codelive.audio.ExternalTool;
import dev.codelive.audio.PcmAudio;
import dev.codelive.audio.TestTones;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WavRoundTripTest {
    private final AudioDecoder decoder = new AudioDecoder();

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}-bit, {1} channel(s)")
    @CsvSource({"16, 1", "16, 2", "24, 1", "24, 2", "16, 6", "24, 8"})
    void samplesOnTheGridComeBackExactly(int bits, int channels) {
        PcmAudio original = TestTones.onGrid(44_100, channels, 10_001, bits, 7);
        Path file = dir.resolve("grid.wav");

        new WavWriter(Dither.NONE).write(original, file, bits);
        PcmAudio decoded = decoder.decode(file);

        assertThat(decoded).isEqualTo(original);
        assertThat(decoder.probe(file)).isEqualTo(new AudioInfo(ContainerFormat.WAV, 44_100, channels, 10_001, bits));
    }

    @ParameterizedTest(name = "{0}-bit {1}, {2} channel(s)")
    @CsvSource({"32, signed-integer, 2", "32, floating-point, 1", "64, floating-point, 2", "24, signed-integer, 4",
        "16, signed-integer, 6"})
    void weReadTheWavVariantsAnotherWriterMakes(int bits, String encoding, int channels) {
        ExternalTool.require("sox", "sox");
        PcmAudio original = TestTones.onGrid(48_000, channels, 4000, 16, 21);
        Path ours = dir.resolve("ours.wav");
        new WavWriter(Dither.NONE).write(original, ours, 16);
        Path theirs = dir.resolve("theirs.wav");

        ExternalTool.run("sox", ours.toString(), "-b", String.valueOf(bits), "-e", encoding, theirs.toString());

        assertThat(decoder.decode(theirs)).isEqualTo(original);
        assertThat(decoder.probe(theirs).bitsPerSample()).isEqualTo(bits);
    }

    @Test
    void eightBitUnsignedWavIsCentredOnZero() {
        ExternalTool.require("sox", "sox");
        PcmAudio original = TestTones.onGrid(8000, 1, 1000, 8, 2);
        Path ours = dir.resolve("ours.wav");
        new WavWriter(Dither.NONE).write(original, ours, 16);
        Path theirs = dir.resolve("eight.wav");

        ExternalTool.run("sox", ours.toString(), "--no-dither", "-b", "8", "-e", "unsigned-integer", theirs.toString());

        assertThat(decoder.decode(theirs)).isEqualTo(original);
    }

    @Test
    void floatKeepsEverySampleBitForBitEvenBeyondFullScale() {
        PcmAudio original = TestTones.noise(48_000, 2, 5000, 1.7, 3);

        new WavWriter().write(original, dir.resolve("float.wav"), 32);

        assertThat(decoder.decode(dir.resolve("float.wav"))).isEqualTo(original);
    }

    @Test
    void sixteenBitsWithDitherStayWithinOneAndAHalfStepsAndAddNoBias() {
        PcmAudio original = TestTones.sine(48_000, 1, 1, 997, -20);

        new WavWriter().write(original, dir.resolve("dithered.wav"), 16);
        float[] decoded = decoder.decode(dir.resolve("dithered.wav")).channel(0);

        double sumError = 0;
        double maxError = 0;
        for (int i = 0; i < decoded.length; i++) {
            double error = (decoded[i] - original.channel(0)[i]) * 32_768;
            sumError += error;
            maxError = Math.max(maxError, Math.abs(error));
        }
        assertThat(maxError).isLessThanOrEqualTo(1.5).isGreaterThan(0.5); // dither moves samples past plain rounding
        assertThat(sumError / decoded.length).isBetween(-0.02, 0.02);
    }

    @Test
    void ditherLeavesDigitalSilenceSilentAndStillDithersTheQuietestSignal() {
        PcmAudio tone = TestTones.sine(48_000, 1, 0.5, 997, -20);
        PcmAudio whisper = TestTones.sine(48_000, 1, 0.5, 997, -100); // below half a 16-bit step
        PcmAudio audio = TestTones.concat(new PcmAudio(48_000, new float[][] {new float[24_000]}), tone, whisper,
                new PcmAudio(48_000, new float[][] {new float[24_000]}));

        new WavWriter().write(audio, dir.resolve("gaps.wav"), 16);
        float[] decoded = decoder.decode(dir.resolve("gaps.wav")).channel(0);

        assertThat(Arrays.copyOfRange(decoded, 0, 24_000)).containsOnly(0f);
        assertThat(Arrays.copyOfRange(decoded, 48_000, 72_000)).as("plain rounding would make this silence").contains(1 / 32_768f);
        assertThat(Arrays.copyOfRange(decoded, 72_000, 96_000)).containsOnly(0f);
    }

    @Test
    void ditheredFilesAreByteIdenticalForEqualAudio() throws IOException {
        PcmAudio audio = TestTones.noise(44_100, 2, 20_000, 0.5, 11);

        new WavWriter().write(audio, dir.resolve("a.wav"), 16);
        new WavWriter().write(audio, dir.resolve("b.wav"), 16);
        new WavWriter(Dither.NONE).write(audio, dir.resolve("plain.wav"), 16);

        assertThat(Files.readAllBytes(dir.resolve("a.wav"))).isEqualTo(Files.readAllBytes(dir.resolve("b.wav")));
        assertThat(Files.readAllBytes(dir.resolve("a.wav"))).isNotEqualTo(Files.readAllBytes(dir.resolve("plain.wav")));
    }

    @Test
    void streamingInUnevenBlocksWritesTheSameFileAsOneCall() throws IOException {
        PcmAudio audio = TestTones.noise(44_100, 2, 50_000, 0.8, 5);
        new WavWriter().write(audio, dir.resolve("whole.wav"), 16);

        try (WavStreamWriter writer = new WavWriter().open(dir.resolve("streamed.wav"), 44_100, 2, 16)) {
            int at = 0;
            for (int size : new int[] {1, 999, 17_000, 31_999, 1}) {
                float[][] block = {slice(audio.channel(0), at, size), slice(audio.channel(1), at, size)};
                writer.write(block, size);
                at += size;
            }
            assertThat(writer.frames()).isEqualTo(50_000);
        }

        assertThat(Files.readAllBytes(dir.resolve("streamed.wav"))).isEqualTo(Files.readAllBytes(dir.resolve("whole.wav")));
    }

    @Test
    void riffAndDataSizesAreRightAndAnOddDataChunkIsPadded() throws IOException {
        PcmAudio audio = TestTones.onGrid(8000, 1, 3, 24, 1); // 9 data bytes
        Path file = dir.resolve("odd.wav");

        new WavWriter().write(audio, file, 24);

        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(bytes.limit()).isEqualTo(44 + 9 + 1);
        assertThat(bytes.getInt(4)).isEqualTo(bytes.limit() - 8);
        assertThat(bytes.getInt(40)).isEqualTo(9);
        assertThat(decoder.decode(file)).isEqualTo(audio);
    }

    @Test
    void floatFilesCarryAFactChunkWithTheFrameCount() throws IOException {
        Path file = dir.resolve("fact.wav");

        new WavWriter().write(TestTones.noise(8000, 2, 123, 0.1, 2), file, 32);

        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(new String(bytes.array(), 38, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("fact");
        assertThat(bytes.getInt(46)).isEqualTo(123);
        assertThat(bytes.getInt(4)).isEqualTo(bytes.limit() - 8);
    }

    @Test
    void samplesBeyondFullScaleClipInsteadOfWrappingAround() {
        PcmAudio loud = new PcmAudio(8000, new float[][] {{1.5f, -1.5f, 1f, -1f}});

        new WavWriter(Dither.NONE).write(loud, dir.resolve("loud.wav"), 16);

        assertThat(decoder.decode(dir.resolve("loud.wav")).channel(0))
                .containsExactly(32_767 / 32_768f, -1f, 32_767 / 32_768f, -1f);
    }

    @Test
    void writerRefusesDepthsItDoesNotWrite() {
        PcmAudio audio = TestTones.noise(8000, 1, 10, 0.1, 1);

        assertThatThrownBy(() -> new WavWriter().write(audio, dir.resolve("x.wav"), 8))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("16 or 24-bit PCM or 32-bit float");
    }

    @Test
    void streamingReadsTheFileInBlocksOfTheCallersSize() {
        PcmAudio audio = TestTones.onGrid(22_050, 2, 10_000, 16, 9);
        Path file = dir.resolve("blocks.wav");
        new WavWriter(Dither.NONE).write(audio, file, 16);

        float[][] block = new float[2][3000];
        int total = 0;
        try (AudioSource source = decoder.open(file)) {
            int frames;
            while ((frames = source.read(block)) > 0) {
                assertThat(frames).isLessThanOrEqualTo(3000);
                for (int i = 0; i < frames; i++) {
                    assertThat(block[1][i]).isEqualTo(audio.channel(1)[total + i]);
                }
                total += frames;
            }
        }
        assertThat(total).isEqualTo(10_000);
    }

    private static float[] slice(float[] samples, int from, int length) {
        return java.util.Arrays.copyOfRange(samples, from, from + length);
    }
}
