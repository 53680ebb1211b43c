package dev.codelive.audio.analysis;

import dev.codelive.audio.PcmAudio;
import java.util.SplittableRandom;

/** Drum-like test patterns: synthetic kick, snare, hi-hat and click hits placed on a beat grid. */
final class DrumPatterns {
    enum Hit { KICK, SNARE, HAT, CLICK }

    /** One hit at a position in beats. */
    record Event(double beat, Hit hit, double gain) {}

    private DrumPatterns() {}

    /** The pattern of one bar (four beats) repeated over {@code seconds} at {@code bpm}. */
    static PcmAudio render(int rate, double bpm, double seconds, Event... bar) {
        float[] out = new float[(int) Math.round(seconds * rate)];
        SplittableRandom random = new SplittableRandom(Double.doubleToLongBits(bpm) ^ rate);
        double beatSeconds = 60 / bpm;
        for (int barStart = 0; barStart * 4 * beatSeconds < seconds; barStart++) {
            for (Event event : bar) {
                int at = (int) Math.round((barStart * 4 + event.beat()) * beatSeconds * rate);
                add(out, at, hit(rate, event.hit(), random), event.gain());
            }
        }
        return new PcmAudio(rate, new float[][] {out, out.clone()});
    }

    static Event at(double beat, Hit hit) {
        return new Event(beat, hit, 1);
    }

    static Event at(double beat, Hit hit, double gain) {
        return new Event(beat, hit, gain);
    }

    private static void add(float[] out, int at, float[] sound, double gain) {
        for (int i = 0; i < sound.length && at + i < out.length; i++) {
            out[at + i] += (float) (gain * sound[i]);
        }
    }

    private static float[] hit(int rate, Hit hit, SplittableRandom random) {
        return switch (hit) {
            case KICK -> kick(rate);
            case SNARE -> noiseBurst(rate, 0.12, 0.15, 0.5, random);
            case HAT -> noiseBurst(rate, 0.03, 0.01, 0.25, random);
            case CLICK -> noiseBurst(rate, 0.01, 0.003, 0.6, random);
        };
    }

    /** A sine sweeping down from 150 to 50 Hz with a fast decay, as drum machines make kicks. */
    private static float[] kick(int rate) {
        float[] sound = new float[(int) (0.25 * rate)];
        double phase = 0;
        for (int i = 0; i < sound.length; i++) {
            double t = (double) i / rate;
            double hz = 50 + 100 * Math.exp(-t / 0.03);
            phase += 2 * Math.PI * hz / rate;
            sound[i] = (float) (0.8 * Math.exp(-t / 0.08) * Math.sin(phase));
        }
        return sound;
    }

    /** Noise with an exponential decay; a first difference makes the hat's noise bright. */
    private static float[] noiseBurst(int rate, double seconds, double decay, double level, SplittableRandom random) {
        float[] sound = new float[(int) (seconds * rate)];
        double last = 0;
        for (int i = 0; i < sound.length; i++) {
            double white = 2 * random.nextDouble() - 1;
            double bright = decay < 0.02 ? white - last : white;
            last = white;
            sound[i] = (float) (level * Math.exp(-(double) i / rate / decay) * bright);
        }
        return sound;
    }
}
