package dev.codelive.foundry.compose;

/** How a genre lays out its sections between intro and outro. */
public enum Form {
    /** Verses and choruses, a bridge before the last chorus when there is room. */
    SONG,
    /** Builds, drops and breakdowns, as in club music. */
    CLUB
}
