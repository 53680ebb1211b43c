package dev.codelive.foundry.compose;

import java.util.Objects;

/**
 * A stretch of the arrangement.
 *
 * @param kind what it is
 * @param startBeat where it starts, in beats (a whole bar for every section)
 * @param beats how long it lasts, in beats (whole bars, except the {@link SectionKind#ENDING})
 */
public record Section(SectionKind kind, double startBeat, double beats) {
    public Section {
        Objects.requireNonNull(kind, "kind");
        if (!(startBeat >= 0) || !(beats > 0)) {
            throw new IllegalArgumentException("a section starts at a beat >= 0 and lasts > 0 beats");
        }
    }

    public double endBeat() {
        return startBeat + beats;
    }

    public boolean contains(double beat) {
        return beat >= startBeat && beat < endBeat();
    }

    /** Whole bars (the ending rounds down). */
    public int bars() {
        return (int) Math.floor(beats / 4 + 1e-9);
    }
}
