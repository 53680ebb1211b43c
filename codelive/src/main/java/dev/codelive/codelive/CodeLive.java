package dev.codelive.codelive;

import dev.codelive.codelive.api.CodeLiveModule;
import dev.codelive.codelive.backend.Backend;
import dev.codelive.codelive.backend.csharp.CSharpBackend;
import dev.codelive.codelive.backend.go.GoBackend;
import dev.codelive.codelive.backend.julia.JuliaBackend;
import dev.codelive.codelive.backend.rust.RustBackend;
import dev.codelive.codelive.backend.sql.SqlBackend;
import dev.codelive.codelive.backend.ts.TypeScriptBackend;
import dev.codelive.codelive.evaluator.EvaluationBudget;
import dev.codelive.codelive.evaluator.ReferenceEvaluator;
import dev.codelive.codelive.render.Renderer;
import dev.codelive.codelive.syntax.PythonParser;
import java.time.Duration;
import java.util.List;

/** Code Live's entry point: the renderer with every backend, and the HTTP module that serves it. */
public final class CodeLive {
    /**
     * The reference run's budget for a render. A heavy snippet that CPython runs in under a second (a million
     * iterations with a few operations each) takes about 12 million steps and under a second here; four times that
     * leaves room, and an endless loop is refused after four seconds at most.
     */
    public static final EvaluationBudget RENDER_BUDGET = new EvaluationBudget(40_000_000, Duration.ofSeconds(4), 1 << 20);

    private CodeLive() {}

    /** The backends, in the order the studio shows them. */
    public static List<Backend> backends() {
        return List.of(new RustBackend(), new TypeScriptBackend(), new GoBackend(), new CSharpBackend(), new SqlBackend(), new JuliaBackend());
    }

    public static Renderer renderer() {
        return new Renderer(new PythonParser(), new ReferenceEvaluator(), RENDER_BUDGET, backends());
    }

    public static CodeLiveModule module() {
        return new CodeLiveModule(renderer());
    }
}
