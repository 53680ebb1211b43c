package dev.codelive.codelive.api;

import dev.codelive.codelive.backend.BackendRefusal;
import dev.codelive.codelive.render.UnknownBackendException;
import dev.codelive.codelive.runtime.EvaluationBudgetException;
import dev.codelive.codelive.runtime.NotSupportedException;
import dev.codelive.codelive.syntax.SourceProblem;
import dev.codelive.platform.http.FieldError;
import dev.codelive.platform.http.Problem;
import dev.codelive.platform.http.ProblemException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a render fails, as RFC 9457 problems: 400 for a backend that does not exist (listing the valid ones), 422 for
 * a snippet that cannot be rendered, with its kind and line:column so that the studio can point at the place.
 */
final class RenderProblems {
    private RenderProblems() {}

    /** The problem for a failure the renderer reports; empty for a failure that is a bug (the platform answers 500). */
    static Optional<Problem> of(RuntimeException failure) {
        return Optional.ofNullable(switch (failure) {
            case UnknownBackendException unknown -> new Problem("/problems/unknown-backend", "Unknown backend", 400, unknown.getMessage(),
                    List.of(new FieldError("backend", "must be one of " + String.join(", ", unknown.valid()))),
                    Map.of("valid_backends", unknown.valid()));
            case BackendRefusal refusal -> located(refusal, "Construct refused by this backend")
                    .withExtension("backend", refusal.backend()).withExtension("construct", refusal.construct());
            case SourceProblem problem -> located(problem, title(problem.kind()));
            case EvaluationBudgetException budget -> new Problem("/problems/evaluation-budget-exceeded", "Evaluation budget exceeded", 422,
                    budget.getMessage() + "; the reference evaluator computes the expected output, and gives up on snippets that "
                            + "run too long or grow too large", List.of(), Map.of("kind", "evaluation-budget-exceeded"));
            case NotSupportedException unsupported -> new Problem("/problems/unsupported-construct", title("unsupported-construct"), 422,
                    unsupported.getMessage(), List.of(), Map.of("kind", "unsupported-construct", "construct", unsupported.construct()));
            case ProblemException problem -> problem.problem();
            default -> null;
        });
    }

    private static Problem located(SourceProblem problem, String title) {
        Problem located = new Problem("/problems/" + problem.kind(), title, 422, problem.detail(), List.of(), Map.of("kind", problem.kind()));
        if (problem.position().isPresent()) {
            located = located.withExtension("line", problem.position().get().line()).withExtension("column", problem.position().get().column());
        }
        return located;
    }

    private static String title(String kind) {
        return switch (kind) {
            case "syntax-error" -> "Syntax error";
            case "unsupported-construct" -> "Construct not supported yet";
            case "limit-exceeded" -> "Snippet over a limit";
            case "type-conflict" -> "Types cannot be rendered";
            case "snippet-raises" -> "The snippet raises an exception";
            default -> "Cannot render";
        };
    }
}
