package dev.codelive.audio.synth.voice;

import dev.codelive.audio.dsp.Biquad;
import java.util.SplittableRandom;

/**
 * A hi-hat: metallic squares and noise, high-passed above 7 kHz. Closed and pedal hats are short; the open hat rings
 * until its note ends, then is choked in 20 ms, as a foot closing the hat does.
 */
final class HiHat implements DrumSound {
    private static final double[] FREQUENCIES = {205.3, 304.4, 369.6, 522.7, 540.0, 800.0};

    /** The three ways of playing it. */
    enum Kind {
        CLOSED(0.035, 0.25, 1.0),
        PEDAL(0.025, 0.2, 0.6),
        OPEN(0.45, 1.6, 0.9);

        final double decaySeconds;
        final double maxSeconds;
        final double level;

        Kind(double decaySeconds, double maxSeconds, double level) {
            this.decaySeconds = decaySeconds;
            this.maxSeconds = maxSeconds;
            this.level = level;
        }
    }

    private final Kind kind;

    HiHat(Kind kind) {
        this.kind = kind;
    }

    @Override
    public void strike(NoteEvent note, SplittableRandom random, StereoBuffer out, float leftGain, float rightGain) {
        int rate = note.sampleRate();
        int frames = note.framesFor(kind.maxSeconds, out.frames());
        int choke = kind == Kind.OPEN ? note.gateFrames() : Integer.MAX_VALUE;
        MetallicNoise metal = new MetallicNoise(FREQUENCIES, 1.7, rate);
        Biquad colour = Biquad.bandPass(rate, Math.min(10_000, 0.4 * rate), 0.8);
        Biquad air = Biquad.highPass(rate, Math.min(7000, 0.3 * rate), 0.7);
        double envelope = 1;
        double decay = Math.exp(-1 / (kind.decaySeconds * rate));
        double chokeDecay = Math.exp(-1 / (0.005 * rate));
        int attack = Math.max(1, kind == Kind.PEDAL ? rate / 200 : rate / 2000);
        float level = (float) (0.9 * kind.level * note.loudness());
        for (int i = 0; i < frames; i++) {
            float source = colour.process(metal.next()) + 0.4f * DrumSound.noise(random);
            float value = level * air.process(source) * (float) (envelope * Math.min(1.0, (double) (i + 1) / attack));
            out.add(note.startFrame() + i, value, leftGain, rightGain);
            envelope *= i >= choke ? chokeDecay : decay;
        }
    }
}
