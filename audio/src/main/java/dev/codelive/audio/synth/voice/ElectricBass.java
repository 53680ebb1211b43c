package dev.codelive.audio.synth.voice;

import dev.codelive.audio.dsp.Adsr;
import dev.codelive.audio.dsp.StateVariableFilter;
import java.util.SplittableRandom;

/**
 * A fingered electric bass: a sawtooth over a sine that keeps the fundamental firm, through a low-pass that opens on
 * the pluck (wider when played harder) and closes within a tenth of a second; the note fades slowly while held.
 */
final class ElectricBass implements Voice {
    private static final Adsr.Shape ENVELOPE = new Adsr.Shape(0.004, 2.0, 0.3, 0.06);
    private static final int CONTROL_FRAMES = 16;

    @Override
    public void play(NoteEvent note, SplittableRandom random, StereoBuffer out) {
        int rate = note.sampleRate();
        double frequency = note.frequency();
        int frames = note.framesUntilReleased(ENVELOPE.releaseSeconds(), out.frames());
        Saw saw = new Saw(frequency, rate, random.nextDouble());
        StateVariableFilter filter = new StateVariableFilter(rate, frequency * 4, 0.8);
        Adsr envelope = new Adsr(ENVELOPE, rate);
        double pluck = 1;
        double pluckDecay = Math.exp(-CONTROL_FRAMES / (0.12 * rate));
        double sinePhase = 0;
        double opening = 10 * note.velocity();
        float level = (float) (0.55 * note.loudness());
        for (int i = 0; i < frames; i++) {
            if (i % CONTROL_FRAMES == 0) {
                filter.setCutoff(frequency * (2.5 + opening * pluck));
                pluck *= pluckDecay;
            }
            if (i == note.gateFrames()) {
                envelope.release();
            }
            float source = 0.45f * saw.next() + 0.8f * SineTable.sin(sinePhase);
            sinePhase += frequency / rate;
            out.add(note.startFrame() + i, level * filter.lowPass(source) * envelope.next());
        }
    }
}
