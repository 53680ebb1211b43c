package dev.codelive.foundry.tracks;

/** Where a track is: {@code QUEUED → RENDERING → COMPLETE | FAILED}. */
public enum TrackStatus {
    QUEUED,
    RENDERING,
    COMPLETE,
    FAILED;

    public boolean finished() {
        return this == COMPLETE || this == FAILED;
    }
}
