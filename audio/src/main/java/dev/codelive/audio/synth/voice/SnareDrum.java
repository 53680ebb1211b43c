package dev.codelive.audio.synth.voice;

import dev.codelive.audio.dsp.Biquad;
import java.util.SplittableRandom;

/** A snare: two drum-head modes (180 and 330 Hz) with a short pitch drop, plus band-passed noise for the wires. */
final class SnareDrum implements DrumSound {
    private static final double LENGTH_SECONDS = 0.5;

    @Override
    public void strike(NoteEvent note, SplittableRandom random, StereoBuffer out, float leftGain, float rightGain) {
        int rate = note.sampleRate();
        int frames = note.framesFor(LENGTH_SECONDS, out.frames());
        Biquad wiresLow = Biquad.highPass(rate, 1200, 0.7);
        Biquad wiresHigh = Biquad.lowPass(rate, Math.min(9000, 0.45 * rate), 0.7);
        double tone = 0.9;
        double toneDecay = Math.exp(-1 / (0.075 * rate));
        double wires = 0.75;
        double wiresDecay = Math.exp(-1 / (0.15 * rate));
        double drop = 0.25;
        double dropDecay = Math.exp(-1 / (0.02 * rate));
        double lowPhase = 0;
        double highPhase = 0;
        float loudness = (float) note.loudness();
        for (int i = 0; i < frames; i++) {
            double bend = 1 + drop;
            double head = 0.6 * SineTable.sin(lowPhase) + 0.4 * SineTable.sin(highPhase);
            float noise = wiresHigh.process(wiresLow.process(DrumSound.noise(random)));
            float value = loudness * (float) (tone * head + wires * noise);
            out.add(note.startFrame() + i, value, leftGain, rightGain);
            lowPhase += 180 * bend / rate;
            highPhase += 330 * bend / rate;
            tone *= toneDecay;
            wires *= wiresDecay;
            drop *= dropDecay;
        }
    }
}
