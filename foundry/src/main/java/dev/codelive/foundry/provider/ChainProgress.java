package dev.codelive.foundry.provider;

/**
 * Maps each attempt's progress (0 to 1) onto the job's, so that the job's never goes backwards: an attempt starts
 * where the last one left the bar and fills what remains.
 */
final class ChainProgress {
    private final GenerationContext job;
    private double shown;
    private double base;

    ChainProgress(GenerationContext job) {
        this.job = job;
    }

    /** A new attempt takes over the rest of the bar from here. */
    void beginAttempt() {
        base = shown;
    }

    void attempt(double fraction, String message) {
        double clamped = Double.isNaN(fraction) ? 0 : Math.min(1, Math.max(0, fraction));
        shown = Math.max(shown, base + clamped * (1 - base));
        job.progress(shown, message);
    }

    /** Tells the user what the chain does next (retrying, falling back) without moving the bar. */
    void note(String message) {
        job.progress(shown, message);
    }
}
