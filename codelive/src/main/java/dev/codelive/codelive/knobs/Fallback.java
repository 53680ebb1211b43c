package dev.codelive.codelive.knobs;

/**
 * A knob that could not apply: {@code from} names it, {@code reason} says why, for the user, and {@code code}
 * classifies the reason in a few stable words, for metrics ({@code carried_dependency}, {@code single_threaded}…).
 */
public record Fallback(String from, String reason, String code) {
    public Fallback(String from, String reason) {
        this(from, reason, "other");
    }
}
