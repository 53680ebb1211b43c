package dev.codelive.audio.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codelive.audio.ExternalTool;
import dev.codelive.audio.PcmAudio;
import dev.codelive.audio.TestTones;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Damaged, truncated, absurd and oversized files: each ends in an AudioFormatException that says what is wrong. */
class HostileInputTest {
    private final AudioDecoder decoder = new AudioDecoder();

    @TempDir
    Path dir;

    @Test
    void emptyFile() throws IOException {
        assertRejected(file("empty", new byte[0]), "the file is empty");
    }

    @Test
    void bytesOfNoKnownFormat() throws IOException {
        byte[] garbage = new byte[4096];
        new SplittableRandom(1).nextBytes(garbage);
        garbage[0] = 0x12;

        assertRejected(file("garbage.wav", garbage), "not a WAV, FLAC, MP3 or Ogg Vorbis file");
        assertRejected(file("text.mp3", "hello, this is not audio\n".repeat(100).getBytes(StandardCharsets.UTF_8)),
                "not a WAV, FLAC, MP3 or Ogg Vorbis file");
    }

    @Test
    void wavWithOnlyItsRiffHeader() throws IOException {
        assertRejected(file("short.wav", Arrays.copyOf(pcmWav(2, 44_100, 16, 100), 12)), "truncated WAV: no fmt chunk");
        assertRejected(file("shorter.wav", Arrays.copyOf(pcmWav(2, 44_100, 16, 100), 30)), "truncated WAV");
    }

    @Test
    void wavWhoseDataChunkClaimsMoreThanTheFileHolds() throws IOException {
        ByteBuffer wav = le(pcmWav(2, 44_100, 16, 100));
        wav.putInt(40, 1_000_000_000);

        assertRejected(file("liar.wav", wav.array()), "truncated WAV: the data chunk declares 1000000000 bytes but the file holds 400");
    }

    @Test
    void wavCutShortInsideItsSamples() throws IOException {
        byte[] whole = pcmWav(2, 44_100, 16, 1000);

        assertRejected(file("cut.wav", Arrays.copyOf(whole, 44 + 1999)), "truncated WAV");
    }

    @Test
    void wavWithAbsurdChannelCountSampleRateOrLayout() throws IOException {
        ByteBuffer channels = le(pcmWav(2, 44_100, 16, 100));
        channels.putShort(22, (short) 200).putShort(32, (short) 400);
        assertRejected(file("channels.wav", channels.array()), "declares 200 channels; supported are 1 to 8");

        ByteBuffer rate = le(pcmWav(2, 44_100, 16, 100));
        rate.putInt(24, 0);
        assertRejected(file("rate0.wav", rate.array()), "sample rate of 0 Hz");
        rate.putInt(24, -1);
        assertRejected(file("rate-huge.wav", rate.array()), "sample rate of 2147483647 Hz");

        ByteBuffer align = le(pcmWav(2, 44_100, 16, 100));
        align.putShort(32, (short) 3);
        assertRejected(file("align.wav", align.array()), "block align 3 does not fit 2 channels of 16 bits");
    }

    @Test
    void wavOfFormatsWeDoNotRead() throws IOException {
        ByteBuffer adpcm = le(pcmWav(1, 8000, 16, 10));
        adpcm.putShort(20, (short) 2);
        assertRejected(file("adpcm.wav", adpcm.array()), "format tag 0x0002 is not supported");

        ByteBuffer twelveBits = le(pcmWav(1, 8000, 16, 10));
        twelveBits.putShort(34, (short) 12);
        assertRejected(file("12bit.wav", twelveBits.array()), "12-bit integer samples is not supported");

        byte[] rifx = pcmWav(1, 8000, 16, 10);
        rifx[3] = 'X';
        assertRejected(file("rifx.wav", rifx), "big-endian WAV (RIFX) is not supported");
    }

    @Test
    void wavChunksThatRunPastTheEndOrNeverEnd() throws IOException {
        ByteBuffer past = ByteBuffer.allocate(12 + 8 + 10).order(ByteOrder.LITTLE_ENDIAN);
        past.put(ascii("RIFF")).putInt(22).put(ascii("WAVE")).put(ascii("LIST")).putInt(0x7FFF_0000);
        assertRejected(file("past.wav", past.array()), "chunk 'LIST' runs past the end of the file");
        past.put(12, (byte) 0x01);
        assertRejected(file("past-binary.wav", past.array()), "chunk 0x01495354 runs past the end of the file");

        ByteBuffer many = ByteBuffer.allocate(12 + 8 * 20_000).order(ByteOrder.LITTLE_ENDIAN);
        many.put(ascii("RIFF")).putInt(many.capacity() - 8).put(ascii("WAVE"));
        while (many.hasRemaining()) {
            many.put(ascii("junk")).putInt(0);
        }
        assertRejected(file("many.wav", many.array()), "more than 10000 chunks");
    }

    @Test
    void wavWithDataBeforeFormat() throws IOException {
        ByteBuffer wav = ByteBuffer.allocate(12 + 8 + 4 + 24).order(ByteOrder.LITTLE_ENDIAN);
        wav.put(ascii("RIFF")).putInt(wav.capacity() - 8).put(ascii("WAVE")).put(ascii("data")).putInt(4).putInt(0)
                .put(ascii("fmt ")).putInt(16).putShort((short) 1).putShort((short) 1).putInt(8000).putInt(16_000)
                .putShort((short) 2).putShort((short) 16);

        assertRejected(file("order.wav", wav.array()), "the data chunk comes before the fmt chunk");
    }

    @Test
    void floatWavWithNaN() throws IOException {
        Path file = dir.resolve("nan.wav");
        new WavWriter().write(new PcmAudio(8000, new float[][] {{0.5f, Float.NaN, 0.25f}}), file, 32);

        assertRejected(file, "a sample is NaN or infinite");
    }

    @Test
    void wavStreamedWithoutItsSizeIsReadToTheEnd() throws IOException {
        ByteBuffer wav = le(pcmWav(1, 8000, 16, 100));
        wav.putInt(4, -1).putInt(40, -1);

        assertThat(decoder.decode(file("streamed.wav", wav.array())).frames()).isEqualTo(100);
    }

    @Test
    void rf64TakesItsDataSizeFromTheDs64Chunk() throws IOException {
        assertThat(decoder.decode(file("big.wav", rf64(100, 100))).channel(0)).hasSize(100).containsOnly(0.25f);
        assertRejected(file("liar64.wav", rf64(100, 1_000_000)), "truncated WAV: the data chunk declares 2000000 bytes");
    }

    @Test
    void audioLongerThanTheLimitIsRefusedBeforeDecoding() {
        AudioDecoder strict = new AudioDecoder(new DecodeLimits(Duration.ofSeconds(1), 8, 1_000_000));
        Path wav = dir.resolve("two-seconds.wav");
        new WavWriter().write(TestTones.sine(8000, 1, 2, 440, -6), wav, 16);

        assertThatThrownBy(() -> strict.decode(wav)).isInstanceOf(AudioFormatException.class)
                .hasMessage("WAV audio is longer than the limit of 1 s");
        assertThatThrownBy(() -> strict.open(wav)).isInstanceOf(AudioFormatException.class)
                .hasMessage("WAV audio is longer than the limit of 1 s");
    }

    @Test
    void audioWithoutADeclaredLengthIsStoppedAtTheLimitWhileDecoding() {
        ExternalTool.require("sox", "sox");
        ExternalTool.require("lame", "lame");
        Path wav = dir.resolve("three-seconds.wav");
        new WavWriter().write(TestTones.sine(44_100, 1, 3, 440, -6), wav, 16);
        Path mp3 = dir.resolve("three-seconds.mp3");
        ExternalTool.run("lame", "--quiet", wav.toString(), mp3.toString());
        AudioDecoder strict = new AudioDecoder(new DecodeLimits(Duration.ofSeconds(1), 8, 10_000_000));

        assertThatThrownBy(() -> strict.decode(mp3)).isInstanceOf(AudioFormatException.class)
                .hasMessage("MP3 audio is longer than the limit of 1 s");
        try (AudioSource source = strict.open(mp3)) {
            float[][] block = new float[1][1000];
            assertThatThrownBy(() -> {
                while (source.read(block) > 0) {
                    // read until the limit stops it
                }
            }).isInstanceOf(AudioFormatException.class).hasMessage("MP3 audio is longer than the limit of 1 s");
        }
    }

    @Test
    void audioTooLargeForMemoryCanStillBeStreamed() {
        AudioDecoder small = new AudioDecoder(new DecodeLimits(Duration.ofMinutes(1), 8, 10_000));
        Path wav = dir.resolve("big.wav");
        new WavWriter().write(TestTones.sine(8000, 2, 1, 440, -6), wav, 16);

        assertThatThrownBy(() -> small.decode(wav)).isInstanceOf(AudioFormatException.class)
                .hasMessageContaining("too long to decode in memory (more than 10000 samples over all channels)");
        long frames = 0;
        try (AudioSource source = small.open(wav)) {
            float[][] block = new float[2][512];
            int read;
            while ((read = source.read(block)) > 0) {
                frames += read;
            }
        }
        assertThat(frames).isEqualTo(8000);
    }

    @Test
    void flacCutShortOrDamaged() throws IOException {
        Path flac = dir.resolve("whole.flac");
        new FlacWriter().write(TestTones.noise(44_100, 2, 50_000, 0.3, 2), flac, 16);
        byte[] whole = Files.readAllBytes(flac);

        assertRejected(file("header-cut.flac", Arrays.copyOf(whole, 30)), "truncated FLAC");
        assertRejected(file("half.flac", Arrays.copyOf(whole, whole.length / 2)), "truncated FLAC");
        byte[] flipped = whole.clone();
        for (int i = whole.length / 2; i < whole.length / 2 + 16; i++) {
            flipped[i] ^= (byte) 0x5A;
        }
        assertRejected(file("flipped.flac", flipped), "damaged FLAC");
    }

    @Test
    void flacWithAbsurdStreamInfo() throws IOException {
        Path flac = dir.resolve("whole.flac");
        new FlacWriter().write(TestTones.noise(44_100, 1, 5000, 0.3, 2), flac, 16);
        byte[] whole = Files.readAllBytes(flac);

        byte[] noRate = whole.clone();
        noRate[18] = 0;
        noRate[19] = 0;
        noRate[20] = (byte) (noRate[20] & 0x0F);
        assertRejected(file("rate0.flac", noRate), "FLAC file declares a sample rate of 0 Hz");

        byte[] endless = whole.clone();
        endless[21] |= 0x0F; // total samples: the low 36 bits of bytes 21..25, all ones
        Arrays.fill(endless, 22, 26, (byte) 0xFF);
        assertRejected(file("endless.flac", endless), "FLAC audio is longer than the limit of 15 min");
    }

    @Test
    void flacWithAHostilePictureBlockIsNeverParsed() throws IOException {
        Path flac = dir.resolve("whole.flac");
        PcmAudio audio = TestTones.noise(44_100, 1, 5000, 0.3, 2);
        new FlacWriter(Dither.NONE).write(audio, flac, 24);
        byte[] whole = Files.readAllBytes(flac);
        // A PICTURE block right after STREAMINFO (taking over its last-block flag) whose MIME type claims 2 GB.
        ByteBuffer picture = ByteBuffer.allocate(4 + 32);
        picture.put((byte) (0x06 | (whole[4] & 0x80))).put((byte) 0).put((byte) 0).put((byte) 32).putInt(3)
                .putInt(0x7FFF_FFF0);
        byte[] hostile = new byte[whole.length + picture.capacity()];
        System.arraycopy(whole, 0, hostile, 0, 42);
        hostile[4] = (byte) (whole[4] & 0x7F);
        System.arraycopy(picture.array(), 0, hostile, 42, picture.capacity());
        System.arraycopy(whole, 42, hostile, 42 + picture.capacity(), whole.length - 42);

        assertThat(decoder.decode(file("picture.flac", hostile))).isEqualTo(decoder.decode(flac));
    }

    @Test
    void oggThatIsNotVorbisOrIsDamaged() throws IOException {
        ExternalTool.require("sox", "sox");
        Path wav = dir.resolve("tone.wav");
        new WavWriter().write(TestTones.sine(44_100, 2, 2, 440, -6), wav, 16);
        Path ogg = dir.resolve("tone.ogg");
        ExternalTool.run("sox", wav.toString(), ogg.toString());
        byte[] whole = Files.readAllBytes(ogg);

        byte[] opus = whole.clone();
        System.arraycopy(ascii("OpusHead"), 0, opus, 28, 8);
        assertRejected(file("opus.ogg", opus), "Ogg file holds Opus; only Ogg Vorbis is supported");
        assertRejected(file("stub.ogg", Arrays.copyOf(whole, 20)), "truncated Ogg file");
        byte[] flipped = whole.clone();
        for (int i = whole.length / 2; i < whole.length / 2 + 8; i++) {
            flipped[i] ^= (byte) 0x5A;
        }
        assertRejected(file("flipped.ogg", flipped), "damaged Ogg Vorbis");
    }

    @Test
    void oggCutShortDecodesItsCompletePagesAndSaysSoInItsLength() throws IOException {
        ExternalTool.require("sox", "sox");
        Path wav = dir.resolve("noise.wav");
        new WavWriter().write(TestTones.noise(44_100, 2, 4 * 44_100, 0.3, 5), wav, 16); // noise: many pages, not three
        Path ogg = dir.resolve("tone.ogg");
        ExternalTool.run("sox", wav.toString(), ogg.toString());
        byte[] whole = Files.readAllBytes(ogg);
        Path half = file("half.ogg", Arrays.copyOf(whole, whole.length / 2));

        PcmAudio decoded = decoder.decode(half);

        assertThat(decoded.frames()).isBetween(44_100, 3 * 44_100).isEqualTo(decoder.probe(half).frames());
    }

    @Test
    void id3TagsInFrontOfNothingUseful() throws IOException {
        byte[] tagThenGarbage = new byte[2000];
        System.arraycopy(ascii("ID3"), 0, tagThenGarbage, 0, 3);
        tagThenGarbage[3] = 4;
        tagThenGarbage[9] = 100;
        assertRejected(file("tag.mp3", tagThenGarbage), "not a WAV, FLAC, MP3 or Ogg Vorbis file");

        byte[] badSize = tagThenGarbage.clone();
        badSize[7] = (byte) 0x80;
        assertRejected(file("badsize.mp3", badSize), "damaged ID3 tag");
    }

    /** Random damage to real files of every format: decoding succeeds or says why, never anything else. */
    @Test
    // A guard against a decoder that loops forever (jflac did), not a speed bound; a separate thread, because a loop
    // that never checks for interruption would ignore the timeout otherwise.
    @Timeout(value = 180, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void randomDamageEndsInAClearErrorOrInAudio() throws IOException {
        ExternalTool.require("sox", "sox");
        ExternalTool.require("lame", "lame");
        PcmAudio tone = TestTones.sine(22_050, 2, 1, 440, -6);
        Path wav = dir.resolve("seed.wav");
        new WavWriter().write(tone, wav, 16);
        Path flac = dir.resolve("seed.flac");
        new FlacWriter().write(tone, flac, 16);
        Path ogg = dir.resolve("seed.ogg");
        ExternalTool.run("sox", wav.toString(), ogg.toString());
        Path mp3 = dir.resolve("seed.mp3");
        ExternalTool.run("lame", "--quiet", wav.toString(), mp3.toString());
        SplittableRandom random = new SplittableRandom(42);

        for (Path seed : new Path[] {wav, flac, ogg, mp3}) {
            byte[] original = Files.readAllBytes(seed);
            for (int round = 0; round < 60; round++) {
                byte[] damaged = damage(original, random);
                Path file = file("damaged-" + round + "-" + seed.getFileName(), damaged);
                try {
                    PcmAudio audio = decoder.decode(file);
                    assertThat(audio.frames()).isLessThanOrEqualTo(10 * 22_050);
                } catch (AudioFormatException expected) {
                    assertThat(expected.getMessage()).isNotBlank();
                }
                Files.delete(file);
            }
        }
    }

    private static byte[] damage(byte[] original, SplittableRandom random) {
        byte[] damaged = original.clone();
        switch (random.nextInt(3)) {
            case 0 -> {
                for (int i = 0; i < 1 + random.nextInt(20); i++) {
                    damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
                }
            }
            case 1 -> damaged = Arrays.copyOf(damaged, random.nextInt(damaged.length));
            default -> {
                int at = random.nextInt(Math.min(200, damaged.length));
                for (int i = at; i < Math.min(damaged.length, at + 8); i++) {
                    damaged[i] = (byte) random.nextInt(256);
                }
            }
        }
        return damaged;
    }

    private void assertRejected(Path file, String message) {
        assertThatThrownBy(() -> decoder.decode(file)).isInstanceOf(AudioFormatException.class).hasMessageContaining(message);
    }

    private Path file(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    /** A canonical 44-byte-header PCM WAV of silence. */
    private static byte[] pcmWav(int channels, int rate, int bits, int frames) {
        int blockAlign = channels * bits / 8;
        int dataBytes = frames * blockAlign;
        ByteBuffer wav = ByteBuffer.allocate(44 + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        wav.put(ascii("RIFF")).putInt(36 + dataBytes).put(ascii("WAVE"))
                .put(ascii("fmt ")).putInt(16).putShort((short) 1).putShort((short) channels).putInt(rate)
                .putInt(rate * blockAlign).putShort((short) blockAlign).putShort((short) bits)
                .put(ascii("data")).putInt(dataBytes);
        return wav.array();
    }

    /** An RF64 file of mono 16-bit samples at 0.25 whose ds64 chunk declares {@code declaredFrames}. */
    private static byte[] rf64(int frames, long declaredFrames) {
        ByteBuffer wav = ByteBuffer.allocate(12 + 8 + 28 + 8 + 16 + 8 + 2 * frames).order(ByteOrder.LITTLE_ENDIAN);
        wav.put(ascii("RF64")).putInt(-1).put(ascii("WAVE"))
                .put(ascii("ds64")).putInt(28).putLong(wav.capacity() - 8).putLong(2 * declaredFrames)
                .putLong(declaredFrames).putInt(0)
                .put(ascii("fmt ")).putInt(16).putShort((short) 1).putShort((short) 1).putInt(8000).putInt(16_000)
                .putShort((short) 2).putShort((short) 16)
                .put(ascii("data")).putInt(-1);
        while (wav.hasRemaining()) {
            wav.putShort((short) 8192);
        }
        return wav.array();
    }

    private static ByteBuffer le(byte[] bytes) {
        return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
