package dev.codelive.codelive.render;

import java.util.List;
import java.util.Optional;

/**
 * One rendered track.
 *
 * @param backend the backend's name ({@code rust}, {@code ts}, {@code go}, {@code csharp}, {@code sql}, {@code julia})
 * @param source the complete program
 * @param expectedOutput what CPython prints for the snippet, from the reference evaluator
 * @param warnings what the user should know: dropped checks under {@code unsafe}, knobs a backend ignores
 * @param fallback set when a knob could not apply and the safe form was rendered instead
 * @param timings where the time went
 */
public record Rendering(String backend, String source, String expectedOutput, List<String> warnings, Optional<Fallback> fallback,
                       Timings timings) {
    public Rendering {
        warnings = List.copyOf(warnings);
    }

    /** A knob that could not apply: {@code from} names it, {@code reason} says why, for the user. */
    public record Fallback(String from, String reason) {}

    /** Milliseconds spent parsing and analysing, and generating. */
    public record Timings(double parseMs, double generateMs) {}
}
