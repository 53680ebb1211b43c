package dev.codelive.audio.synth.voice;

import dev.codelive.audio.dsp.Adsr;
import dev.codelive.audio.dsp.StateVariableFilter;
import java.util.SplittableRandom;

/**
 * String sections and pads: several band-limited sawtooths spread a few cents around the note (the chorus of many
 * players), spread across the stereo field, each channel through a low-pass that swells with the envelope, with slow
 * envelopes and, for strings, a vibrato that comes in after the attack.
 */
final class Ensemble implements Voice {
    private static final int CONTROL_FRAMES = 32;

    /**
     * The kind of ensemble.
     *
     * @param voices oscillators per note (odd, so one sits on the pitch)
     * @param spreadCents detune of the outermost oscillators
     * @param envelope amplitude envelope
     * @param brightness cutoff as a multiple of the note's frequency at full velocity and full envelope
     * @param resonance filter q
     * @param vibratoCents vibrato depth
     * @param vibratoDelaySeconds when the vibrato has come in fully
     * @param sweepHz rate of a slow filter sweep (0 for none)
     * @param level output level
     */
    record Kind(int voices, double spreadCents, Adsr.Shape envelope, double brightness, double resonance,
                double vibratoCents, double vibratoDelaySeconds, double sweepHz, double level) {
        static final Kind STRINGS = new Kind(5, 10, new Adsr.Shape(0.18, 0.4, 0.85, 0.45), 6, 0.8, 7, 0.35, 0, 0.5);
        static final Kind PAD = new Kind(5, 14, new Adsr.Shape(0.9, 1.2, 0.8, 1.6), 4, 1.2, 0, 0, 0.15, 0.45);
    }

    private final Kind kind;

    Ensemble(Kind kind) {
        this.kind = kind;
    }

    @Override
    public void play(NoteEvent note, SplittableRandom random, StereoBuffer out) {
        int rate = note.sampleRate();
        double frequency = note.frequency();
        int count = kind.voices();
        Saw[] saws = new Saw[count];
        double[] steps = new double[count];
        float[] leftGains = new float[count];
        float[] rightGains = new float[count];
        double[] vibratoPhases = new double[count];
        for (int v = 0; v < count; v++) {
            double position = count == 1 ? 0 : 2.0 * v / (count - 1) - 1;
            double detuned = frequency * Math.pow(2, position * kind.spreadCents() / 1200);
            saws[v] = new Saw(detuned, rate, random.nextDouble());
            steps[v] = detuned / rate;
            // Alternate sides, outer oscillators wider.
            double pan = (v % 2 == 0 ? 1 : -1) * Math.abs(position) * 0.8;
            // The oscillator on the pitch a little louder: the section's pitch centre stays put as the others beat.
            double weight = position == 0 ? 1.5 : 1;
            leftGains[v] = (float) (weight * Math.sqrt(0.5 * (1 - pan)));
            rightGains[v] = (float) (weight * Math.sqrt(0.5 * (1 + pan)));
            vibratoPhases[v] = random.nextDouble();
        }
        StateVariableFilter leftFilter = new StateVariableFilter(rate, frequency * 2, kind.resonance());
        StateVariableFilter rightFilter = new StateVariableFilter(rate, frequency * 2, kind.resonance());
        Adsr envelope = new Adsr(kind.envelope(), rate);
        int frames = note.framesUntilReleased(kind.envelope().releaseSeconds(), out.frames());
        double open = kind.brightness() * (0.5 + 0.5 * note.velocity());
        double vibratoDepth = kind.vibratoCents() * Math.log(2) / 1200;
        int vibratoRamp = Math.max(1, (int) (kind.vibratoDelaySeconds() * rate));
        double sweepPhase = random.nextDouble();
        float level = (float) (kind.level() * note.loudness() / Math.sqrt(count));
        for (int i = 0; i < frames; i++) {
            if (i % CONTROL_FRAMES == 0) {
                double swell = envelope.level();
                double sweep = kind.sweepHz() > 0 ? 1 + 0.5 * SineTable.sin(sweepPhase) : 1;
                sweepPhase += kind.sweepHz() * CONTROL_FRAMES / rate;
                double cutoff = 300 + frequency * (1.5 + open * swell * sweep);
                leftFilter.setCutoff(cutoff);
                rightFilter.setCutoff(cutoff);
                if (vibratoDepth > 0) {
                    double depth = vibratoDepth * Math.min(1.0, (double) i / vibratoRamp);
                    for (int v = 0; v < count; v++) {
                        vibratoPhases[v] += (5.3 + 0.2 * v) * CONTROL_FRAMES / rate;
                        saws[v].setIncrement(steps[v] * (1 + depth * SineTable.sin(vibratoPhases[v])));
                    }
                }
            }
            if (i == note.gateFrames()) {
                envelope.release();
            }
            float left = 0;
            float right = 0;
            for (int v = 0; v < count; v++) {
                float sample = saws[v].next();
                left += sample * leftGains[v];
                right += sample * rightGains[v];
            }
            float gain = level * envelope.next();
            out.addStereo(note.startFrame() + i, gain * leftFilter.lowPass(left), gain * rightFilter.lowPass(right));
        }
    }
}
