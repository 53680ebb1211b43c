package dev.codelive.audio.synth.voice;

import dev.codelive.audio.dsp.Adsr;
import java.util.SplittableRandom;

/**
 * A synthetic choir: the voice-like part. Four voices a few cents apart, each a band-limited pulse (the glottis)
 * with its own vibrato and slow pitch drift, pass through the formants of a sung vowel (a, o or e, chosen per
 * note); breath noise goes through the same formants, more of it at the onset. It sings vowels only, no words:
 * a choir timbre, not a singer.
 */
final class Choir implements Voice {
    private static final Adsr.Shape ENVELOPE = new Adsr.Shape(0.12, 0.3, 0.9, 0.35);
    private static final double[] DETUNE_CENTS = {-8, 3, -3, 8};
    private static final int CONTROL_FRAMES = 32;
    private static final double VIBRATO_DEPTH = 18 * Math.log(2) / 1200;
    private static final double DRIFT_DEPTH = 4 * Math.log(2) / 1200;
    private static final double VIBRATO_RAMP_SECONDS = 0.4;

    @Override
    public void play(NoteEvent note, SplittableRandom random, StereoBuffer out) {
        int rate = note.sampleRate();
        double frequency = note.frequency();
        Vowel vowel = chooseVowel(random);
        int voices = DETUNE_CENTS.length;
        Saw[] glottis = new Saw[voices];
        double[] steps = new double[voices];
        double[] vibratoRates = new double[voices];
        double[] vibratoPhases = new double[voices];
        double[] drift = new double[voices];
        double[] driftTarget = new double[voices];
        for (int v = 0; v < voices; v++) {
            double detuned = frequency * Math.pow(2, DETUNE_CENTS[v] / 1200);
            glottis[v] = new Saw(detuned, rate, random.nextDouble());
            steps[v] = detuned / rate;
            vibratoRates[v] = 4.8 + 0.3 * v + 0.4 * random.nextDouble();
            vibratoPhases[v] = random.nextDouble();
        }
        Vowel.Formants leftTract = vowel.formants(rate);
        Vowel.Formants rightTract = vowel.formants(rate);
        double tilt = Math.exp(-2 * Math.PI * 900.0 / rate);
        double leftTilted = 0;
        double rightTilted = 0;
        Adsr envelope = new Adsr(ENVELOPE, rate);
        int frames = note.framesUntilReleased(ENVELOPE.releaseSeconds(), out.frames());
        double breath = 0.08;
        double breathDecay = Math.exp(-1 / (0.08 * rate));
        int vibratoRamp = (int) (VIBRATO_RAMP_SECONDS * rate);
        float level = (float) (1.6 * note.loudness());
        for (int i = 0; i < frames; i++) {
            if (i % CONTROL_FRAMES == 0) {
                double depth = VIBRATO_DEPTH * Math.min(1.0, (double) i / vibratoRamp);
                for (int v = 0; v < voices; v++) {
                    if (i % (64 * CONTROL_FRAMES) == 0) {
                        driftTarget[v] = DRIFT_DEPTH * (2 * random.nextDouble() - 1);
                    }
                    drift[v] += 0.02 * (driftTarget[v] - drift[v]);
                    vibratoPhases[v] += vibratoRates[v] * CONTROL_FRAMES / rate;
                    glottis[v].setIncrement(steps[v] * (1 + depth * SineTable.sin(vibratoPhases[v]) + drift[v]));
                }
            }
            if (i == note.gateFrames()) {
                envelope.release();
            }
            double air = (0.02 + breath) * DrumSound.noise(random);
            breath *= breathDecay;
            double left = glottis[0].next() + glottis[2].next() + air;
            double right = glottis[1].next() + glottis[3].next() + air;
            leftTilted = left + tilt * (leftTilted - left);
            rightTilted = right + tilt * (rightTilted - right);
            float gain = level * envelope.next();
            float leftVoice = leftTract.process((float) leftTilted) + 0.1f * (float) leftTilted;
            float rightVoice = rightTract.process((float) rightTilted) + 0.1f * (float) rightTilted;
            out.addStereo(note.startFrame() + i, gain * leftVoice, gain * rightVoice);
        }
    }

    private static Vowel chooseVowel(SplittableRandom random) {
        double pick = random.nextDouble();
        return pick < 0.5 ? Vowel.A : pick < 0.8 ? Vowel.O : Vowel.E;
    }
}
