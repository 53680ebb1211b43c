package dev.codelive.codelive.backend;

import dev.codelive.codelive.knobs.Fallback;
import java.util.List;
import java.util.Optional;

/**
 * What a backend made of a program.
 *
 * @param source the complete program
 * @param warnings each check dropped under {@code unsafe}, each knob this backend ignores
 * @param fallback set when a knob could not apply and the safe sequential form was rendered instead
 */
public record Generated(String source, List<String> warnings, Optional<Fallback> fallback) {
    public Generated {
        warnings = List.copyOf(warnings);
    }
}
