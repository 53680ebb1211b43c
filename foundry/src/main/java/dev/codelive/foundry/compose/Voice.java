package dev.codelive.foundry.compose;

import dev.codelive.audio.score.Instrument;
import java.util.Objects;

/**
 * One instrument in one role. Two voices on the same instrument share a part (solo piano: chords and tune).
 *
 * @param instrument what plays
 * @param role what it plays
 */
public record Voice(Instrument instrument, Role role) {
    public Voice {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(role, "role");
    }
}
