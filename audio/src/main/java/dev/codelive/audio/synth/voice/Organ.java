package dev.codelive.audio.synth.voice;

import dev.codelive.audio.dsp.Adsr;
import java.util.SplittableRandom;

/**
 * A tonewheel organ: sine drawbars at 8', 4', 2 2/3', 2', 1 1/3' and 1' (harmonics 1, 2, 3, 4, 6, 8) set to
 * 8-6-4-5-3-2, each step 3 dB, a key click, and a slow rotary-speaker swirl between the channels. It holds at full
 * level while the key is down.
 */
final class Organ implements Voice {
    private static final int[] HARMONICS = {1, 2, 3, 4, 6, 8};
    private static final int[] DRAWBARS = {8, 6, 4, 5, 3, 2};
    private static final Adsr.Shape ENVELOPE = new Adsr.Shape(0.006, 0, 1, 0.04);
    private static final double ROTOR_HZ = 0.8;
    private static final double ROTOR_DEPTH = 0.2;

    @Override
    public void play(NoteEvent note, SplittableRandom random, StereoBuffer out) {
        int rate = note.sampleRate();
        double frequency = note.frequency();
        Resonators wheels = new Resonators(HARMONICS.length);
        double total = 0;
        for (int i = 0; i < HARMONICS.length; i++) {
            double amplitude = Math.pow(10, -(8 - DRAWBARS[i]) * 3 / 20.0);
            wheels.add(frequency * HARMONICS[i], amplitude, Double.POSITIVE_INFINITY, rate);
            total += amplitude;
        }
        Adsr envelope = new Adsr(ENVELOPE, rate);
        int frames = note.framesUntilReleased(ENVELOPE.releaseSeconds(), out.frames());
        double click = 0.15 * total;
        double clickDecay = Math.exp(-1 / (0.002 * rate));
        double rotorPhase = random.nextDouble();
        double rotorStep = ROTOR_HZ / rate;
        float level = (float) (0.45 * note.loudness() / total);
        for (int i = 0; i < frames; i++) {
            if (i == note.gateFrames()) {
                envelope.release();
            }
            double tone = wheels.next() + click * DrumSound.noise(random);
            click *= clickDecay;
            float value = level * envelope.next() * (float) tone;
            float swirl = (float) (ROTOR_DEPTH * SineTable.sin(rotorPhase));
            rotorPhase += rotorStep;
            out.addStereo(note.startFrame() + i, value * (1 + swirl), value * (1 - swirl));
        }
    }
}
