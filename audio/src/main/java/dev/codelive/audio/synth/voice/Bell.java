package dev.codelive.audio.synth.voice;

import dev.codelive.audio.dsp.Adsr;
import java.util.SplittableRandom;

/**
 * A bell by FM: a carrier on the note modulated at 3.5 times its frequency, which gives the inharmonic partials of
 * struck metal, the modulation fading so the bell mellows as it rings, a steady partial on the note itself and a
 * short high strike partial.
 */
final class Bell implements Voice {
    private static final double RATIO = 3.5;
    private static final double RELEASE_SECONDS = 0.8;
    /** A plain partial on the note: the FM carrier's own share swings through zero as the index falls, this not. */
    private static final double HUM = 0.5;

    @Override
    public void play(NoteEvent note, SplittableRandom random, StereoBuffer out) {
        int rate = note.sampleRate();
        double frequency = note.frequency();
        double ringSeconds = Math.max(1.5, Math.min(5, 3 * Math.pow(523.25 / frequency, 0.3)));
        Adsr envelope = new Adsr(new Adsr.Shape(0.001, 4 * ringSeconds, 0, RELEASE_SECONDS), rate);
        int frames = Math.min(note.framesFor(4 * ringSeconds, out.frames()),
                note.framesUntilReleased(RELEASE_SECONDS, out.frames()));
        double index = 1 + 3 * note.velocity();
        double indexDecay = Math.exp(-1 / (1.2 * rate));
        double strike = 0.3 * note.velocity();
        double strikeDecay = Math.exp(-1 / (0.08 * rate));
        double step = frequency / rate;
        double strikeStep = Math.min(5.4 * frequency, 0.45 * rate) / rate;
        double phase = 0;
        double strikePhase = random.nextDouble();
        float level = (float) (0.25 * note.loudness());
        for (int i = 0; i < frames; i++) {
            if (i == note.gateFrames()) {
                envelope.release();
            }
            double modulator = SineTable.sin(RATIO * phase);
            double tone = SineTable.sin(phase + (index + 0.3) * modulator / (2 * Math.PI)) + HUM * SineTable.sin(phase)
                    + strike * SineTable.sin(strikePhase);
            out.add(note.startFrame() + i, level * envelope.next() * (float) tone);
            phase += step;
            strikePhase += strikeStep;
            index *= indexDecay;
            strike *= strikeDecay;
        }
    }
}
