package dev.codelive.audio.synth.voice;

import dev.codelive.audio.dsp.Adsr;
import dev.codelive.audio.dsp.StateVariableFilter;
import java.util.SplittableRandom;

/**
 * A monophonic-style synth lead: a sawtooth and a square a few cents apart into a resonant low-pass with its own
 * decaying envelope, and a vibrato that comes in once the note has spoken. No glide: every note starts on its pitch.
 */
final class Lead implements Voice {
    private static final Adsr.Shape ENVELOPE = new Adsr.Shape(0.006, 0.25, 0.75, 0.15);
    private static final int CONTROL_FRAMES = 32;
    private static final double DETUNE = Math.pow(2, 5 / 1200.0);
    private static final double VIBRATO_HZ = 5.6;
    private static final double VIBRATO_DEPTH = 12 * Math.log(2) / 1200;
    private static final double VIBRATO_DELAY_SECONDS = 0.3;

    @Override
    public void play(NoteEvent note, SplittableRandom random, StereoBuffer out) {
        int rate = note.sampleRate();
        double frequency = note.frequency();
        Saw saw = new Saw(frequency / DETUNE, rate, random.nextDouble());
        Saw square = new Saw(frequency * DETUNE, rate, random.nextDouble());
        double sawStep = frequency / DETUNE / rate;
        double squareStep = frequency * DETUNE / rate;
        StateVariableFilter filter = new StateVariableFilter(rate, frequency * 4, 2.5);
        Adsr envelope = new Adsr(ENVELOPE, rate);
        int frames = note.framesUntilReleased(ENVELOPE.releaseSeconds(), out.frames());
        double filterEnvelope = 1;
        double filterDecay = Math.exp(-CONTROL_FRAMES / (0.25 * rate));
        double opening = 8 * note.velocity();
        double vibratoPhase = 0;
        int vibratoStart = (int) (VIBRATO_DELAY_SECONDS * rate);
        float level = (float) (0.4 * note.loudness());
        for (int i = 0; i < frames; i++) {
            if (i % CONTROL_FRAMES == 0) {
                filter.setCutoff(frequency * (2 + opening * filterEnvelope));
                filterEnvelope *= filterDecay;
                double depth = VIBRATO_DEPTH * Math.max(0, Math.min(1.0, (double) (i - vibratoStart) / vibratoStart));
                double bend = 1 + depth * SineTable.sin(vibratoPhase);
                vibratoPhase += VIBRATO_HZ * CONTROL_FRAMES / rate;
                saw.setIncrement(sawStep * bend);
                square.setIncrement(squareStep * bend);
            }
            if (i == note.gateFrames()) {
                envelope.release();
            }
            float source = 0.55f * saw.next() + 0.35f * square.nextSquare();
            out.add(note.startFrame() + i, level * filter.lowPass(source) * envelope.next());
        }
    }
}
