package dev.codelive.audio.synth.voice;

import dev.codelive.audio.dsp.Biquad;
import java.util.SplittableRandom;

/** A rim click: two short high modes of the rim and a sharp noise transient. */
final class RimShot implements DrumSound {
    private static final double LENGTH_SECONDS = 0.1;

    @Override
    public void strike(NoteEvent note, SplittableRandom random, StereoBuffer out, float leftGain, float rightGain) {
        int rate = note.sampleRate();
        int frames = note.framesFor(LENGTH_SECONDS, out.frames());
        Biquad highPass = Biquad.highPass(rate, 300, 0.7);
        double ring = 1;
        double ringDecay = Math.exp(-1 / (0.012 * rate));
        double click = 1;
        double clickDecay = Math.exp(-1 / (0.003 * rate));
        float loudness = (float) (0.6 * note.loudness());
        for (int i = 0; i < frames; i++) {
            double t = (double) i / rate;
            double modes = 0.6 * SineTable.sin(1750 * t) + 0.4 * SineTable.sin(480 * t);
            float source = (float) (ring * modes + 0.5 * click * DrumSound.noise(random));
            out.add(note.startFrame() + i, loudness * highPass.process(source), leftGain, rightGain);
            ring *= ringDecay;
            click *= clickDecay;
        }
    }
}
