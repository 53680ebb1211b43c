package dev.codelive.codelive.render;

import dev.codelive.codelive.knobs.Fallback;
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

    /**
     * Milliseconds spent: parsing, running the reference evaluator, typing and optimising, generating. Cached steps
     * (the same snippet rendered again, for another backend or knob) count as zero.
     */
    public record Timings(double parseMs, double evaluateMs, double analyzeMs, double generateMs) {}
}
