package dev.codelive.audio.synth.voice;

import dev.codelive.audio.dsp.Adsr;
import dev.codelive.audio.dsp.StateVariableFilter;
import java.util.SplittableRandom;

/**
 * An analogue-style synth bass: a sawtooth and a square a few cents apart into a resonant low-pass whose envelope
 * snaps shut (the "pluck" of the classic mono synths), then a little saturation.
 */
final class SynthBass implements Voice {
    private static final Adsr.Shape ENVELOPE = new Adsr.Shape(0.002, 0.25, 0.7, 0.08);
    private static final int CONTROL_FRAMES = 16;
    private static final double DETUNE = Math.pow(2, 4 / 1200.0);

    @Override
    public void play(NoteEvent note, SplittableRandom random, StereoBuffer out) {
        int rate = note.sampleRate();
        double frequency = note.frequency();
        int frames = note.framesUntilReleased(ENVELOPE.releaseSeconds(), out.frames());
        Saw saw = new Saw(frequency / DETUNE, rate, random.nextDouble());
        Saw square = new Saw(frequency * DETUNE, rate, random.nextDouble());
        StateVariableFilter filter = new StateVariableFilter(rate, frequency * 4, 3.5);
        Adsr envelope = new Adsr(ENVELOPE, rate);
        double sweep = 1;
        double sweepDecay = Math.exp(-CONTROL_FRAMES / (0.09 * rate));
        double opening = 14 * note.velocity();
        float level = (float) (0.45 * note.loudness());
        for (int i = 0; i < frames; i++) {
            if (i % CONTROL_FRAMES == 0) {
                filter.setCutoff(frequency * (1.5 + opening * sweep));
                sweep *= sweepDecay;
            }
            if (i == note.gateFrames()) {
                envelope.release();
            }
            float filtered = filter.lowPass(0.5f * saw.next() + 0.4f * square.nextSquare());
            float value = SoftClip.apply(1.5f * filtered);
            out.add(note.startFrame() + i, level * value * envelope.next());
        }
    }
}
