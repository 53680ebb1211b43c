package dev.codelive.audio.synth.voice;

import java.util.SplittableRandom;

/** A tom: a sine that starts a little sharp and settles on its pitch, with a breath of noise for the stick. */
final class Tom implements DrumSound {
    private static final double LENGTH_SECONDS = 0.8;
    private final double frequency;

    Tom(double frequency) {
        this.frequency = frequency;
    }

    @Override
    public void strike(NoteEvent note, SplittableRandom random, StereoBuffer out, float leftGain, float rightGain) {
        int rate = note.sampleRate();
        int frames = note.framesFor(LENGTH_SECONDS, out.frames());
        double bend = 0.6;
        double bendDecay = Math.exp(-1 / (0.05 * rate));
        double amplitude = 1;
        double amplitudeDecay = Math.exp(-1 / ((0.18 + 12 / frequency) * rate));
        double stick = 0.3;
        double stickDecay = Math.exp(-1 / (0.006 * rate));
        double phase = 0;
        int attack = Math.max(1, rate / 1000);
        float loudness = (float) (0.6 * note.loudness());
        for (int i = 0; i < frames; i++) {
            double body = SineTable.sin(phase) * amplitude * Math.min(1.0, (double) (i + 1) / attack);
            float value = loudness * (float) (body + stick * DrumSound.noise(random));
            out.add(note.startFrame() + i, value, leftGain, rightGain);
            phase += frequency * (1 + bend) / rate;
            bend *= bendDecay;
            amplitude *= amplitudeDecay;
            stick *= stickDecay;
        }
    }
}
