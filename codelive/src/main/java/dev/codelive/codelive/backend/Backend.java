package dev.codelive.codelive.backend;

import dev.codelive.codelive.ir.Program;
import dev.codelive.codelive.knobs.Knobs;

/**
 * Renders the typed IR of a snippet as one complete, self-contained program in a target language. Implementations
 * are stateless and thread-safe, and deterministic: the same program and knobs give byte-identical source.
 */
public interface Backend {
    /** The name in the API: {@code rust}, {@code ts}, {@code go}, {@code csharp}, {@code sql}, {@code julia}. */
    String name();

    /** What {@code GET /render/backends} says about it. */
    BackendInfo info();

    /**
     * @throws BackendRefusal when the program uses a construct this backend cannot express (the other backends may)
     */
    Generated generate(Program program, Knobs knobs);
}
