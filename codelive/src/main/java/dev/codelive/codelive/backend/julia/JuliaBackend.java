package dev.codelive.codelive.backend.julia;

import dev.codelive.codelive.backend.Backend;
import dev.codelive.codelive.backend.BackendInfo;
import dev.codelive.codelive.backend.Generated;
import dev.codelive.codelive.ir.Program;
import dev.codelive.codelive.knobs.Knobs;
import java.util.List;
import java.util.Optional;

/** The {@code julia} backend: one Julia 1.9+ script (standard library only) printing exactly what CPython prints. */
public final class JuliaBackend implements Backend {
    private static final BackendInfo INFO = new BackendInfo("julia", "Julia 1.9+ (standard library only)", "julia main.jl",
            List.of("parallel", "threads", "unsafe"), List.of("is and is not", "the !a conversion", "format specs outside [[fill]align][sign][0][width][,][.precision][dfe%xobs]",
                    "math.hypot, perm, isclose", "round() of an int with digits",
                    "a comprehension condition before a later for clause that could fail without it"));

    @Override
    public String name() {
        return "julia";
    }

    @Override
    public BackendInfo info() {
        return INFO;
    }

    @Override
    public Generated generate(Program program, Knobs knobs) {
        JuliaKnobs applied = new JuliaKnobs(program, knobs);
        String source = new JuliaProgram(program, applied).render();
        return new Generated(source, applied.warnings(), Optional.empty());
    }
}
