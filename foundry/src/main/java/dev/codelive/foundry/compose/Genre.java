package dev.codelive.foundry.compose;

import java.util.Locale;

/** A style the composer knows, with the defaults it brings when the prompt does not say otherwise. */
public enum Genre {
    AMBIENT(80, Form.SONG, Mode.MAJOR, false, 8),
    ELECTRONIC(118, Form.CLUB, Mode.MINOR, false, 4),
    HOUSE(124, Form.CLUB, Mode.MINOR, false, 4),
    TECHNO(130, Form.CLUB, Mode.MINOR, false, 8),
    TRANCE(138, Form.CLUB, Mode.MINOR, false, 4),
    DRUM_AND_BASS(174, Form.CLUB, Mode.MINOR, false, 8),
    HIP_HOP(86, Form.SONG, Mode.DORIAN, true, 4),
    TRAP(140, Form.SONG, Mode.MINOR, false, 8),
    POP(110, Form.SONG, Mode.MAJOR, false, 4),
    ROCK(120, Form.SONG, Mode.MAJOR, false, 4),
    JAZZ(120, Form.SONG, Mode.MAJOR, true, 4),
    FUNK(104, Form.SONG, Mode.DORIAN, false, 4),
    CINEMATIC(90, Form.SONG, Mode.MINOR, false, 8),
    CLASSICAL(84, Form.SONG, Mode.MAJOR, false, 4),
    FOLK(100, Form.SONG, Mode.MAJOR, false, 4),
    REGGAE(76, Form.SONG, Mode.MAJOR, false, 4);

    private final int defaultBpm;
    private final Form form;
    private final Mode defaultMode;
    private final boolean swing;
    private final int beatsPerChord;

    Genre(int defaultBpm, Form form, Mode defaultMode, boolean swing, int beatsPerChord) {
        this.defaultBpm = defaultBpm;
        this.form = form;
        this.defaultMode = defaultMode;
        this.swing = swing;
        this.beatsPerChord = beatsPerChord;
    }

    /** The tempo when neither a number nor a tempo word is given. */
    public int defaultBpm() {
        return defaultBpm;
    }

    public Form form() {
        return form;
    }

    /** The mode when no mood asks for one and no key is named. */
    public Mode defaultMode() {
        return defaultMode;
    }

    /** Whether off-beat eighths are played late, on the third of a triplet. */
    public boolean swing() {
        return swing;
    }

    /** How long each chord lasts, in beats. */
    public int beatsPerChord() {
        return beatsPerChord;
    }

    /** E.g. {@code drum and bass}. */
    public String displayName() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
