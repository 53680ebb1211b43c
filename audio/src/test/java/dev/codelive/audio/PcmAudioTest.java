package dev.codelive.audio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PcmAudioTest {

    @Test
    void samplePeakIsTheLargestMagnitudeOfAnyChannel() {
        PcmAudio audio = new PcmAudio(8000, new float[][] {{0.1f, -0.2f, 0.3f}, {0f, -0.75f, 0.5f}});

        assertThat(audio.samplePeak()).isEqualTo(0.75f);
        assertThat(PcmAudio.silence(8000, 2, 10).samplePeak()).isZero();
    }
}
