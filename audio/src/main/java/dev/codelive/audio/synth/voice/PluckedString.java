package dev.codelive.audio.synth.voice;

import dev.codelive.audio.dsp.Biquad;
import java.util.SplittableRandom;

/**
 * A plucked string by the extended Karplus-Strong method: a burst of filtered noise (darker when played softly,
 * shaped by where the string is plucked) circulates in a delay line one period long, with an averaging low-pass for
 * the string's losses and an all-pass for the fraction of a sample that keeps it in tune. Letting go of the note
 * mutes the string. The guitar adds a body (a low resonance and softened highs); the harp-like pluck rings longer
 * and brighter.
 */
final class PluckedString implements Voice {

    /**
     * The kind of string.
     *
     * @param ringSeconds time for the tone to fall 60 dB at middle C (shorter above, longer below)
     * @param brightness how open the pluck is at full velocity, 0 to 1
     * @param pluckPoint where along the string it is plucked, as a fraction of its length
     * @param muteSeconds time to fall 60 dB once the note is let go
     * @param body whether to colour it with a guitar body
     * @param level output level
     */
    record Kind(double ringSeconds, double brightness, double pluckPoint, double muteSeconds, boolean body, double level) {
        static final Kind GUITAR = new Kind(3.5, 0.5, 0.18, 0.12, true, 0.8);
        static final Kind HARP = new Kind(5.0, 0.7, 0.3, 0.35, false, 0.75);
    }

    private final Kind kind;

    PluckedString(Kind kind) {
        this.kind = kind;
    }

    @Override
    public void play(NoteEvent note, SplittableRandom random, StereoBuffer out) {
        int rate = note.sampleRate();
        double frequency = Math.min(note.frequency(), 0.2 * rate);
        double ringSeconds = kind.ringSeconds() * Math.pow(261.63 / frequency, 0.5);
        StringLoop string = new StringLoop(frequency, rate, ringSeconds);
        int excitationFrames = (int) Math.round(string.period());
        float[] excitation = excitation(excitationFrames, note.velocity(), random);
        Biquad warmth = kind.body() ? Biquad.peaking(rate, 220, 1.2, 4) : null;
        Biquad softHighs = kind.body() ? Biquad.highShelf(rate, Math.min(4500, 0.4 * rate), -6) : null;
        int frames = Math.min(note.framesFor(1.2 * ringSeconds, out.frames()),
                note.framesUntilReleased(1.2 * kind.muteSeconds(), out.frames()));
        float level = (float) (kind.level() * note.loudness());
        for (int i = 0; i < frames; i++) {
            if (i == note.gateFrames()) {
                string.setRing(kind.muteSeconds());
            }
            float value = string.next(i < excitationFrames ? excitation[i] : 0f);
            if (warmth != null) {
                value = softHighs.process(warmth.process(value));
            }
            out.add(note.startFrame() + i, level * value);
        }
    }

    /** One period of noise, low-passed by velocity, with the comb of the pluck point cut into it, peak 1. */
    private float[] excitation(int frames, double velocity, SplittableRandom random) {
        float[] burst = new float[frames];
        double smoothing = 1 - kind.brightness() * (0.35 + 0.65 * velocity);
        double state = 0;
        double smoothed = 0;
        double mean = 0;
        for (int i = 0; i < frames; i++) {
            // Two one-pole stages: a finger or a pick is soft enough that the burst falls 12 dB an octave.
            state += (1 - smoothing) * (DrumSound.noise(random) - state);
            smoothed += (1 - smoothing) * (state - smoothed);
            burst[i] = (float) smoothed;
            mean += smoothed;
        }
        mean /= frames;
        int pluckOffset = Math.max(1, (int) Math.round(kind.pluckPoint() * frames));
        float[] shaped = new float[frames];
        double peak = 1e-9;
        for (int i = 0; i < frames; i++) {
            double earlier = i >= pluckOffset ? burst[i - pluckOffset] - mean : 0;
            shaped[i] = (float) (burst[i] - mean - earlier);
            peak = Math.max(peak, Math.abs(shaped[i]));
        }
        for (int i = 0; i < frames; i++) {
            shaped[i] /= (float) peak;
        }
        return shaped;
    }
}
