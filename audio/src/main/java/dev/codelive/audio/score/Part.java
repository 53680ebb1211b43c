package dev.codelive.audio.score;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One voice of a {@link Score}, rendered to its own stem.
 *
 * @param name the stem's name: 1 to 32 of a-z, 0-9, _ and -, unique within the score (e.g. {@code drums}, {@code bass})
 * @param instrument what plays it
 * @param notes its notes, in any order
 * @param gainDb its level in the mix, in dB (0 = as the instrument comes)
 * @param pan stereo position from -1 (left) to 1 (right)
 * @param reverbSend how much of it goes to the shared reverb, from 0 to 1
 */
public record Part(String name, Instrument instrument, List<Note> notes, double gainDb, double pan, double reverbSend) {
    public static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,31}");

    public Part {
        Objects.requireNonNull(instrument, "instrument");
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a part name is 1 to 32 of a-z, 0-9, _ and -, got " + name);
        }
        notes = List.copyOf(notes);
        if (!(pan >= -1 && pan <= 1) || !(reverbSend >= 0 && reverbSend <= 1) || !(gainDb >= -96 && gainDb <= 24)) {
            throw new IllegalArgumentException("part " + name + ": pan in [-1, 1], reverb send in [0, 1], gain in [-96, 24] dB");
        }
    }
}
