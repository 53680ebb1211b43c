package dev.codelive.audio.synth.voice;

import java.util.SplittableRandom;

/** A kick: a sine swept down from about 180 Hz to 48 Hz, a short click for the beater, soft saturation for punch. */
final class KickDrum implements DrumSound {
    private static final double LENGTH_SECONDS = 0.6;

    @Override
    public void strike(NoteEvent note, SplittableRandom random, StereoBuffer out, float leftGain, float rightGain) {
        int rate = note.sampleRate();
        int frames = note.framesFor(LENGTH_SECONDS, out.frames());
        double pitchEnvelope = 1;
        double pitchDecay = Math.exp(-1 / (0.030 * rate));
        double amplitude = 1;
        double amplitudeDecay = Math.exp(-1 / (0.28 * rate));
        double click = 1;
        double clickDecay = Math.exp(-1 / (0.004 * rate));
        int attack = Math.max(1, rate / 500);
        double phase = 0;
        double drive = 1.8;
        float norm = (float) (0.9 * note.loudness() / SoftClip.apply((float) drive));
        for (int i = 0; i < frames; i++) {
            double frequency = 48 + 130 * pitchEnvelope;
            double body = SineTable.sin(phase) * amplitude * Math.min(1.0, (double) (i + 1) / attack);
            double beater = 0.25 * click * DrumSound.noise(random);
            float value = norm * SoftClip.apply((float) (drive * (body + beater)));
            out.add(note.startFrame() + i, value, leftGain, rightGain);
            phase += frequency / rate;
            pitchEnvelope *= pitchDecay;
            amplitude *= amplitudeDecay;
            click *= clickDecay;
        }
    }
}
