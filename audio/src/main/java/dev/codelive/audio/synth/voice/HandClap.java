package dev.codelive.audio.synth.voice;

import dev.codelive.audio.dsp.Biquad;
import java.util.SplittableRandom;

/** A clap: band-passed noise in four quick bursts (several hands, slightly apart) and a short room tail. */
final class HandClap implements DrumSound {
    private static final double LENGTH_SECONDS = 0.4;
    private static final double[] BURSTS = {0, 0.008, 0.016, 0.025};

    @Override
    public void strike(NoteEvent note, SplittableRandom random, StereoBuffer out, float leftGain, float rightGain) {
        int rate = note.sampleRate();
        int frames = note.framesFor(LENGTH_SECONDS, out.frames());
        Biquad body = Biquad.bandPass(rate, 1200, 1.2);
        double last = BURSTS[BURSTS.length - 1];
        float loudness = (float) note.loudness();
        for (int i = 0; i < frames; i++) {
            double t = (double) i / rate;
            double envelope = 0;
            for (double burst : BURSTS) {
                if (t >= burst) {
                    envelope = Math.max(envelope, Math.exp(-(t - burst) / 0.004));
                }
            }
            if (t >= last) {
                envelope = Math.max(envelope, 0.45 * Math.exp(-(t - last) / 0.12));
            }
            float value = 2.2f * loudness * (float) envelope * body.process(DrumSound.noise(random));
            out.add(note.startFrame() + i, value, leftGain, rightGain);
        }
    }
}
