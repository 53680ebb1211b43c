package dev.codelive.audio.synth.voice;

import dev.codelive.audio.dsp.Biquad;
import java.util.SplittableRandom;

/** A shaker: high band-passed noise (around 7 kHz) that swells for 12 ms and falls away. */
final class Shaker implements DrumSound {
    private static final double LENGTH_SECONDS = 0.2;

    @Override
    public void strike(NoteEvent note, SplittableRandom random, StereoBuffer out, float leftGain, float rightGain) {
        int rate = note.sampleRate();
        int frames = note.framesFor(LENGTH_SECONDS, out.frames());
        Biquad band = Biquad.bandPass(rate, Math.min(7000, 0.35 * rate), 1.5);
        int swell = Math.max(1, (int) (0.012 * rate));
        double fall = Math.exp(-1 / (0.05 * rate));
        double envelope = 1;
        float loudness = (float) (0.8 * note.loudness());
        for (int i = 0; i < frames; i++) {
            double shape = i < swell ? (double) i / swell : envelope;
            if (i >= swell) {
                envelope *= fall;
            }
            out.add(note.startFrame() + i, loudness * (float) shape * band.process(DrumSound.noise(random)), leftGain, rightGain);
        }
    }
}
