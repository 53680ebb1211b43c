package dev.codelive.audio.synth.voice;

import dev.codelive.audio.dsp.Biquad;
import java.util.SplittableRandom;

/** A crash or a ride: metallic squares and noise, high-passed; the ride adds a bell ping and less wash. */
final class Cymbal implements DrumSound {
    private static final double[] FREQUENCIES = {263.0, 400.0, 421.0, 474.0, 587.0, 845.0, 1031.0, 1227.0};

    /** Crash or ride. */
    enum Kind {
        CRASH(1.1, 3.0, 4500, 0.7, 0, 0.3),
        RIDE(0.8, 2.5, 3000, 0.25, 0.35, 0.7);

        final double decaySeconds;
        final double maxSeconds;
        final double highPassHz;
        final double wash;
        final double bell;
        final double level;

        Kind(double decaySeconds, double maxSeconds, double highPassHz, double wash, double bell, double level) {
            this.decaySeconds = decaySeconds;
            this.maxSeconds = maxSeconds;
            this.highPassHz = highPassHz;
            this.wash = wash;
            this.bell = bell;
            this.level = level;
        }
    }

    private final Kind kind;

    Cymbal(Kind kind) {
        this.kind = kind;
    }

    @Override
    public void strike(NoteEvent note, SplittableRandom random, StereoBuffer out, float leftGain, float rightGain) {
        int rate = note.sampleRate();
        int frames = note.framesFor(kind.maxSeconds, out.frames());
        MetallicNoise metal = new MetallicNoise(FREQUENCIES, 2.1, rate);
        Biquad highPass = Biquad.highPass(rate, Math.min(kind.highPassHz, 0.3 * rate), 0.7);
        Biquad sheen = Biquad.highShelf(rate, Math.min(9000, 0.35 * rate), 4);
        double envelope = 1;
        double decay = Math.exp(-1 / (kind.decaySeconds * rate));
        double ping = kind.bell;
        double pingDecay = Math.exp(-1 / (0.4 * rate));
        double bellPhase = 0;
        int attack = Math.max(1, rate / 1000);
        float level = (float) (kind.level * note.loudness());
        for (int i = 0; i < frames; i++) {
            float source = metal.next() + (float) kind.wash * DrumSound.noise(random);
            double bell = ping * SineTable.sin(bellPhase);
            float shaped = sheen.process(highPass.process(source));
            float value = level * (float) ((shaped + bell) * envelope * Math.min(1.0, (double) (i + 1) / attack));
            out.add(note.startFrame() + i, value, leftGain, rightGain);
            envelope *= decay;
            ping *= pingDecay;
            bellPhase += 3100.0 / rate;
        }
    }
}
