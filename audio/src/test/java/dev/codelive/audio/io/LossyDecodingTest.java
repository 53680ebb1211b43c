package dev.codelive.audio.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.codelive.audio.ExternalTool;
import dev.codelive.audio.PcmAudio;
import dev.codelive.audio.SpectrumProbe;
import dev.codelive.audio.TestTones;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** MP3 (encoded by lame) and Ogg Vorbis (encoded by sox/libvorbis) from a sine made by sox, decoded by us. */
class LossyDecodingTest {
    private final AudioDecoder decoder = new AudioDecoder();

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} Hz, {1} channel(s)")
    @CsvSource({"44100, 2", "48000, 1", "22050, 1"})
    void mp3DecodesToTheToneThatWasEncoded(int rate, int channels) {
        ExternalTool.require("sox", "sox");
        ExternalTool.require("lame", "lame");
        Path wav = sineWav(rate, channels, 1000);
        Path mp3 = dir.resolve("tone.mp3");
        ExternalTool.run("lame", "--quiet", "-b", "128", wav.toString(), mp3.toString());

        PcmAudio audio = decoder.decode(mp3);

        assertThat(decoder.probe(mp3)).isEqualTo(new AudioInfo(ContainerFormat.MP3, rate, channels, -1, -1));
        assertThat(decoder.probe(mp3).seconds()).isEqualTo(-1);
        assertThat(audio.sampleRate()).isEqualTo(rate);
        assertThat(audio.channelCount()).isEqualTo(channels);
        // MP3 adds the encoder's delay and pads its last frame: at most about three frames more than went in.
        assertThat(audio.frames()).isBetween(2 * rate, 2 * rate + 3 * 1152 + 1105);
        assertToneAt(audio, 1000, -6);
    }

    @ParameterizedTest(name = "{0} Hz, {1} channel(s)")
    @CsvSource({"44100, 2", "48000, 1", "32000, 2"})
    void oggVorbisDecodesToTheToneThatWasEncodedAtItsExactLength(int rate, int channels) {
        ExternalTool.require("sox", "sox");
        Path wav = sineWav(rate, channels, 1000);
        Path ogg = dir.resolve("tone.ogg");
        ExternalTool.run("sox", wav.toString(), "-C", "5", ogg.toString());

        PcmAudio audio = decoder.decode(ogg);

        assertThat(decoder.probe(ogg)).isEqualTo(new AudioInfo(ContainerFormat.OGG_VORBIS, rate, channels, 2L * rate, -1));
        assertThat(decoder.probe(ogg).seconds()).isEqualTo(2.0);
        assertThat(audio.frames()).isEqualTo(2 * rate);
        assertToneAt(audio, 1000, -6);
    }

    @Test
    void oggVorbisDecodesSampleForSampleLikeLibvorbis() {
        ExternalTool.require("sox", "sox");
        Path source = dir.resolve("noise.wav");
        new WavWriter().write(TestTones.noise(44_100, 2, 100_000, 0.2, 3), source, 16);
        Path ogg = dir.resolve("noise.ogg");
        ExternalTool.run("sox", source.toString(), "-C", "3", ogg.toString());
        Path byLibvorbis = dir.resolve("by-libvorbis.wav");
        ExternalTool.run("sox", ogg.toString(), "-b", "24", byLibvorbis.toString());

        PcmAudio ours = decoder.decode(ogg);
        PcmAudio theirs = decoder.decode(byLibvorbis);

        assertThat(ours.frames()).isEqualTo(theirs.frames()).isEqualTo(100_000);
        for (int c = 0; c < 2; c++) {
            for (int i = 0; i < ours.frames(); i++) {
                assertThat((double) ours.channel(c)[i]).isCloseTo(theirs.channel(c)[i], within(1e-4));
            }
        }
    }

    @Test
    void formatIsFoundFromTheBytesNotTheName() {
        ExternalTool.require("sox", "sox");
        Path wav = sineWav(44_100, 1, 440);
        Path disguised = dir.resolve("really-ogg.wav");
        ExternalTool.run("sox", wav.toString(), "-t", "ogg", disguised.toString());

        assertThat(decoder.probe(disguised).format()).isEqualTo(ContainerFormat.OGG_VORBIS);
    }

    @Test
    void mp3BehindAnId3TagIsFound() {
        ExternalTool.require("sox", "sox");
        ExternalTool.require("lame", "lame");
        Path wav = sineWav(44_100, 2, 440);
        Path mp3 = dir.resolve("tagged.mp3");
        ExternalTool.run("lame", "--quiet", "--id3v2-only", "--tt", "A title long enough to matter", wav.toString(),
                mp3.toString());

        PcmAudio audio = decoder.decode(mp3);

        assertToneAt(audio, 440, -6);
    }

    private Path sineWav(int rate, int channels, int hz) {
        Path wav = dir.resolve("tone-" + rate + "-" + channels + ".wav");
        ExternalTool.run("sox", "-n", "-r", String.valueOf(rate), "-c", String.valueOf(channels), "-b", "16",
                wav.toString(), "synth", "2", "sine", String.valueOf(hz), "gain", "-6");
        return wav;
    }

    private static void assertToneAt(PcmAudio audio, double hz, double levelDb) {
        for (int c = 0; c < audio.channelCount(); c++) {
            SpectrumProbe spectrum = SpectrumProbe.of(audio.channel(c), audio.frames() / 4, 16_384, audio.sampleRate());
            assertThat(spectrum.peakHz()).isCloseTo(hz, within(1.0));
            assertThat(spectrum.levelDbAt(hz)).isCloseTo(levelDb, within(0.5));
        }
    }
}
