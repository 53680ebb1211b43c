package dev.codelive.audio.synth.voice;

import dev.codelive.audio.dsp.Pan;
import java.util.SplittableRandom;

/**
 * An acoustic piano by modal synthesis: each partial is a decaying resonator (two slightly detuned strings for the
 * lower ones, which gives the beating and the two-stage decay of a real piano), partials stretched by string
 * stiffness, weighted by where the hammer strikes, brighter when played harder, higher ones dying faster. The damper
 * stops the strings at note-off. Low notes sit left, high notes right, as at the keyboard.
 */
final class Piano implements Voice {
    private static final int MAX_PARTIALS = 12;
    private static final int DOUBLED_PARTIALS = 5;
    private static final double STIFFNESS = 0.0003;
    private static final double STRIKE_POINT = 0.12;
    private static final double DAMPER_SECONDS = 0.07;

    @Override
    public void play(NoteEvent note, SplittableRandom random, StereoBuffer out) {
        int rate = note.sampleRate();
        double fundamental = note.frequency();
        int partials = (int) Math.max(1, Math.min(MAX_PARTIALS, Math.min(9000, 0.45 * rate) / fundamental));
        double sustainSeconds = Math.max(0.6, Math.min(10, 3.5 * Math.pow(261.63 / fundamental, 0.6)));
        double slope = 2.2 - 1.2 * note.velocity();
        double detuneCents = 0.3 + 0.6 * random.nextDouble();
        Resonators strings = new Resonators(partials + Math.min(partials, DOUBLED_PARTIALS));
        double total = 0;
        for (int k = 1; k <= partials; k++) {
            double frequency = k * fundamental * Math.sqrt((1 + STIFFNESS * k * k) / (1 + STIFFNESS));
            double amplitude = Math.pow(k, -slope) * Math.abs(Math.sin(Math.PI * k * STRIKE_POINT))
                    / Math.sin(Math.PI * STRIKE_POINT);
            double decay = sustainSeconds / (1 + 0.4 * (k - 1));
            if (k <= DOUBLED_PARTIALS) {
                double spread = Math.pow(2, detuneCents / 1200);
                strings.add(frequency * spread, 0.55 * amplitude, decay / 3, rate);
                strings.add(frequency / spread, 0.45 * amplitude, decay, rate);
            } else {
                strings.add(frequency, amplitude, decay, rate);
            }
            total += amplitude;
        }
        int ringFrames = (int) Math.min(Integer.MAX_VALUE, (long) note.gateFrames() + Math.round(8 * DAMPER_SECONDS * rate));
        int frames = Math.min(note.framesFor(8 * sustainSeconds, out.frames()), ringFrames);
        Pan pan = Pan.constantPower(Math.max(-0.35, Math.min(0.35, (note.pitch() - 60) / 60.0)));
        float left = (float) pan.left();
        float right = (float) pan.right();
        float level = (float) (0.85 * note.loudness() / total);
        double hammer = 0.2 * note.velocity() * total;
        double hammerDecay = Math.exp(-1 / (0.004 * rate));
        double thump = 0;
        for (int i = 0; i < frames; i++) {
            if (i == note.gateFrames()) {
                strings.damp(DAMPER_SECONDS, rate);
            }
            // The felt hitting the string: a dull knock, noise kept under a few hundred hertz.
            thump += 0.03 * (hammer * DrumSound.noise(random) - thump);
            hammer *= hammerDecay;
            float value = level * (float) (strings.next() + thump);
            out.add(note.startFrame() + i, value, left, right);
        }
    }
}
