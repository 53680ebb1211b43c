package dev.codelive.foundry.compose;

import java.util.Locale;
import java.util.Optional;

/** A feeling the prompt asks for: it may choose the mode, and it nudges tempo and how hard the parts play. */
public enum Mood {
    HAPPY(Mode.MAJOR, 1.06, 0.10),
    SAD(Mode.MINOR, 0.85, -0.15),
    DARK(Mode.MINOR, 1.0, 0.0),
    CALM(Mode.MAJOR, 0.88, -0.20),
    ENERGETIC(null, 1.08, 0.20),
    EPIC(Mode.MINOR, 1.0, 0.15),
    DREAMY(Mode.LYDIAN, 0.9, -0.15),
    TENSE(Mode.PHRYGIAN, 1.0, 0.05),
    ROMANTIC(Mode.MAJOR, 0.9, -0.10),
    MELANCHOLIC(Mode.MINOR, 0.88, -0.10),
    UPLIFTING(Mode.MAJOR, 1.04, 0.10),
    MYSTERIOUS(Mode.DORIAN, 0.95, -0.05),
    AGGRESSIVE(Mode.PHRYGIAN, 1.08, 0.25),
    NOSTALGIC(Mode.MIXOLYDIAN, 0.95, -0.05),
    CHILL(null, 0.9, -0.15),
    GROOVY(Mode.DORIAN, 1.0, 0.05);

    private final Mode mode;
    private final double tempoFactor;
    private final double energy;

    Mood(Mode mode, double tempoFactor, double energy) {
        this.mode = mode;
        this.tempoFactor = tempoFactor;
        this.energy = energy;
    }

    /** The mode this mood asks for, when it asks for one. */
    public Optional<Mode> mode() {
        return Optional.ofNullable(mode);
    }

    /** What the genre's default tempo is multiplied by when no tempo is given. */
    public double tempoFactor() {
        return tempoFactor;
    }

    /** Added to every section's energy (from -1 to 1): softer or harder playing. */
    public double energy() {
        return energy;
    }

    public String displayName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
