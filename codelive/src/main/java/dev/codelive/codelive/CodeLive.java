package dev.codelive.codelive;

import dev.codelive.codelive.api.CodeLiveModule;
import dev.codelive.codelive.backend.Backend;
import dev.codelive.codelive.backend.csharp.CSharpBackend;
import dev.codelive.codelive.backend.go.GoBackend;
import dev.codelive.codelive.backend.julia.JuliaBackend;
import dev.codelive.codelive.backend.rust.RustBackend;
import dev.codelive.codelive.backend.sql.SqlBackend;
import dev.codelive.codelive.backend.ts.TypeScriptBackend;
import dev.codelive.codelive.evaluator.ReferenceEvaluator;
import dev.codelive.codelive.render.Renderer;
import dev.codelive.codelive.syntax.PythonParser;
import dev.codelive.platform.config.PolicyLoader;
import dev.codelive.platform.server.ServerModule;
import java.util.List;

/** Code Live's entry point: the renderer with every backend, and the HTTP module that serves it. */
public final class CodeLive {
    private CodeLive() {}

    /** The backends, in the order the studio shows them. */
    public static List<Backend> backends() {
        return List.of(new RustBackend(), new TypeScriptBackend(), new GoBackend(), new CSharpBackend(), new SqlBackend(), new JuliaBackend());
    }

    /** A renderer with the bundled policy's limits. */
    public static Renderer renderer() {
        return renderer(CodeLivePolicy.bundled());
    }

    public static Renderer renderer(CodeLivePolicy policy) {
        return new Renderer(new PythonParser(policy.parseLimits()), new ReferenceEvaluator(), policy.evaluationBudget(), backends());
    }

    /** The render API, with the limits of the server's policy ({@code modules.codelive}), bound when it registers. */
    public static ServerModule module() {
        return platform -> {
            CodeLivePolicy policy = new PolicyLoader().bindModule(platform.policy(), CodeLivePolicy.SECTION, CodeLivePolicy.class);
            new CodeLiveModule(renderer(policy), policy).register(platform);
        };
    }
}
