package dev.codelive.audio.synth.voice;

import dev.codelive.audio.dsp.Adsr;
import java.util.SplittableRandom;

/**
 * A tine electric piano by FM: a 1:1 operator pair whose modulation index (the bark) grows with velocity and
 * fades as the note rings, plus a 1:14 pair for the metallic tine attack, through a gentle stereo tremolo.
 */
final class ElectricPiano implements Voice {
    private static final double RELEASE_SECONDS = 0.18;
    private static final double TREMOLO_HZ = 4.5;
    private static final double TREMOLO_DEPTH = 0.25;

    @Override
    public void play(NoteEvent note, SplittableRandom random, StereoBuffer out) {
        int rate = note.sampleRate();
        double frequency = note.frequency();
        double ringSeconds = Math.max(0.8, Math.min(6, 2.2 * Math.pow(261.63 / frequency, 0.4)));
        Adsr envelope = new Adsr(new Adsr.Shape(0.002, ringSeconds, 0.05, RELEASE_SECONDS), rate);
        int frames = note.framesUntilReleased(RELEASE_SECONDS, out.frames());
        double barkIndex = 0.6 + 2.2 * note.velocity();
        double barkDecay = Math.exp(-1 / (0.6 * rate));
        double tineIndex = 1.2 * note.velocity();
        double tineDecay = Math.exp(-1 / (0.03 * rate));
        double tineLevel = 0.25;
        double tineLevelDecay = Math.exp(-1 / (0.25 * rate));
        double step = frequency / rate;
        double tremoloStep = TREMOLO_HZ / rate;
        double tremoloPhase = random.nextDouble();
        double phase = 0;
        float level = (float) (0.7 * note.loudness());
        for (int i = 0; i < frames; i++) {
            if (i == note.gateFrames()) {
                envelope.release();
            }
            double bark = SineTable.sin(phase + (barkIndex + 0.25) * SineTable.sin(phase) / (2 * Math.PI));
            double tine = SineTable.sin(phase + tineIndex * SineTable.sin(14 * phase) / (2 * Math.PI));
            float value = level * envelope.next() * (float) (0.8 * bark + tineLevel * tine);
            float tremolo = (float) (TREMOLO_DEPTH * 0.5 * (1 + SineTable.sin(tremoloPhase)));
            out.addStereo(note.startFrame() + i, value * (1 - tremolo), value * (1 - (float) TREMOLO_DEPTH + tremolo));
            phase += step;
            tremoloPhase += tremoloStep;
            barkIndex *= barkDecay;
            tineIndex *= tineDecay;
            tineLevel *= tineLevelDecay;
        }
    }
}
