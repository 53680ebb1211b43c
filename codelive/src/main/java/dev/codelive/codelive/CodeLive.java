package dev.codelive.codelive;

import dev.codelive.codelive.api.CodeLiveModule;
import dev.codelive.codelive.backend.Backend;
import dev.codelive.codelive.backend.ts.TypeScriptBackend;
import dev.codelive.codelive.evaluator.EvaluationBudget;
import dev.codelive.codelive.evaluator.ReferenceEvaluator;
import dev.codelive.codelive.render.Renderer;
import dev.codelive.codelive.syntax.PythonParser;
import java.util.List;

/** Code Live's entry point: the renderer with every backend, and the HTTP module that serves it. */
public final class CodeLive {
    private CodeLive() {}

    /** The backends, in the order the studio shows them. */
    public static List<Backend> backends() {
        return List.of(new TypeScriptBackend());
    }

    public static Renderer renderer() {
        return new Renderer(new PythonParser(), new ReferenceEvaluator(), EvaluationBudget.DEFAULTS, backends());
    }

    public static CodeLiveModule module() {
        return new CodeLiveModule(renderer());
    }
}
