package dev.codelive.foundry.compose;

import java.util.Locale;

/** The parts of a song's form, each with how much it gives (0 to 1), which decides who plays and how hard. */
public enum SectionKind {
    INTRO(0.35),
    VERSE(0.6),
    CHORUS(0.9),
    BRIDGE(0.55),
    BUILD(0.7),
    DROP(1.0),
    BREAKDOWN(0.4),
    OUTRO(0.45),
    /** The final chord (and drum hit) that rings out until the track's last sample. */
    ENDING(0.6);

    private final double energy;

    SectionKind(double energy) {
        this.energy = energy;
    }

    public double energy() {
        return energy;
    }

    /** Whether this is a section's peak: a chorus or a drop. */
    public boolean isPeak() {
        return this == CHORUS || this == DROP;
    }

    public String displayName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
