package dev.codelive.foundry.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Telling audio from anything else by its first bytes. */
class AudioSignatureTest {

    @Test
    void aRealWavIsRecognised() {
        byte[] wav = TestAudio.wav(10);

        assertThat(AudioSignature.extension(wav, wav.length)).contains("wav");
    }

    @Test
    void flacOggAndMp3HeadersAreRecognised() {
        assertThat(extension("fLaC\0\0\0\"")).contains("flac");
        assertThat(extension("OggS\0\2\0\0")).contains("ogg");
        assertThat(extension("ID3\4\0\0\0\0")).contains("mp3");
        assertThat(AudioSignature.extension(new byte[] {(byte) 0xFF, (byte) 0xFB, (byte) 0x90, 0x64}, 4)).as("an MPEG-1 layer III frame").contains("mp3");
    }

    @Test
    void textAndLookAlikesAreNotAudio() {
        assertThat(extension("<html><body>")).isEmpty();
        assertThat(extension("{\"detail\":1}")).isEmpty();
        assertThat(extension("RIFF\0\0\0\0AVI LIST")).as("a RIFF file that is not WAVE").isEmpty();
        assertThat(AudioSignature.extension(new byte[] {(byte) 0xFF, (byte) 0xF9, (byte) 0xF0}, 3)).as("a bad bitrate index").isEmpty();
        assertThat(AudioSignature.extension(new byte[] {'R', 'I'}, 2)).isEmpty();
    }

    private static Optional<String> extension(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        return AudioSignature.extension(bytes, bytes.length);
    }
}
