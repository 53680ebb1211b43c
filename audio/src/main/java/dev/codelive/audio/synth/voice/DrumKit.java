package dev.codelive.audio.synth.voice;

import dev.codelive.audio.dsp.Pan;
import dev.codelive.audio.score.Drum;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The drum kit: each General MIDI percussion key plays one of the kit's sounds, placed as a drummer hears the kit
 * (hats and high tom left, floor tom and ride right). Notes are one-shots, except the open hat, which its note's end
 * chokes.
 */
final class DrumKit implements Voice {

    private record Placed(DrumSound sound, float leftGain, float rightGain) {
        static Placed at(DrumSound sound, double pan) {
            Pan gains = Pan.constantPower(pan);
            return new Placed(sound, (float) gains.left(), (float) gains.right());
        }
    }

    private final Map<Drum, Placed> sounds = new EnumMap<>(Drum.class);

    DrumKit() {
        sounds.put(Drum.KICK, Placed.at(new KickDrum(), 0));
        sounds.put(Drum.SNARE, Placed.at(new SnareDrum(), 0.05));
        sounds.put(Drum.CLAP, Placed.at(new HandClap(), 0));
        sounds.put(Drum.RIM, Placed.at(new RimShot(), 0.05));
        sounds.put(Drum.CLOSED_HAT, Placed.at(new HiHat(HiHat.Kind.CLOSED), -0.3));
        sounds.put(Drum.PEDAL_HAT, Placed.at(new HiHat(HiHat.Kind.PEDAL), -0.3));
        sounds.put(Drum.OPEN_HAT, Placed.at(new HiHat(HiHat.Kind.OPEN), -0.3));
        sounds.put(Drum.HIGH_TOM, Placed.at(new Tom(185), -0.2));
        sounds.put(Drum.MID_TOM, Placed.at(new Tom(135), 0.05));
        sounds.put(Drum.LOW_TOM, Placed.at(new Tom(95), 0.35));
        sounds.put(Drum.CRASH, Placed.at(new Cymbal(Cymbal.Kind.CRASH), -0.45));
        sounds.put(Drum.RIDE, Placed.at(new Cymbal(Cymbal.Kind.RIDE), 0.45));
        sounds.put(Drum.SHAKER, Placed.at(new Shaker(), 0.2));
    }

    @Override
    public void checkPlayable(int pitch) {
        GmPercussion.drumFor(pitch);
    }

    @Override
    public void play(NoteEvent note, SplittableRandom random, StereoBuffer out) {
        Placed placed = sounds.get(GmPercussion.drumFor(note.pitch()));
        placed.sound().strike(note, random, out, placed.leftGain(), placed.rightGain());
    }
}
