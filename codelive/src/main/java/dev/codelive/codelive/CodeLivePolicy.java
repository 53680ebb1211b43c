package dev.codelive.codelive;

import dev.codelive.codelive.evaluator.EvaluationBudget;
import dev.codelive.codelive.syntax.ParseLimits;
import dev.codelive.platform.config.PolicyLoader;
import dev.codelive.platform.config.Validate;
import java.time.Duration;
import java.util.Optional;

/**
 * Code Live's section of {@code config/policy.yml} ({@code modules.codelive}): what one render may cost. The bundled
 * file holds every default; the README ("Configuration") describes each key.
 *
 * @param snippet limits against hostile input, checked while parsing and analysing
 * @param evaluation the reference run that computes {@code expected_output} and proves int widths
 * @param batchMaxTracks tracks one {@code POST /render/batch} may hold
 * @param maxProgramChars largest generated program a render may answer with
 */
public record CodeLivePolicy(SnippetLimits snippet, EvaluationLimits evaluation, int batchMaxTracks, int maxProgramChars) {
    static final String SECTION = "codelive";

    public CodeLivePolicy {
        Validate.present("modules.codelive.snippet", snippet);
        Validate.present("modules.codelive.evaluation", evaluation);
        Validate.range("modules.codelive.batch_max_tracks", batchMaxTracks, 1, 64);
        Validate.range("modules.codelive.max_program_chars", maxProgramChars, 1024, 64 << 20);
    }

    /** The defaults: the bundled policy file's section. */
    public static CodeLivePolicy bundled() {
        PolicyLoader loader = new PolicyLoader();
        return loader.bindModule(loader.load(Optional.empty()).policy(), SECTION, CodeLivePolicy.class);
    }

    public ParseLimits parseLimits() {
        return new ParseLimits(snippet.maxBytes, snippet.maxDepth, snippet.maxTreeHeight, snippet.maxNodes, Duration.ofMillis(snippet.deadlineMs));
    }

    public EvaluationBudget evaluationBudget() {
        return new EvaluationBudget(evaluation.maxSteps, Duration.ofMillis(evaluation.timeoutMs), evaluation.maxOutputBytes);
    }

    /**
     * @param maxBytes size of the code in UTF-8 bytes
     * @param maxDepth nesting of blocks, brackets and recursive expression forms
     * @param maxTreeHeight height of the syntax tree (operator chains count)
     * @param maxNodes syntax tree nodes
     * @param deadlineMs time for parsing and analysis together
     */
    public record SnippetLimits(int maxBytes, int maxDepth, int maxTreeHeight, int maxNodes, long deadlineMs) {
        public SnippetLimits {
            Validate.range("modules.codelive.snippet.max_bytes", maxBytes, 64, 1 << 20);
            Validate.range("modules.codelive.snippet.max_depth", maxDepth, 4, 1000);
            Validate.range("modules.codelive.snippet.max_tree_height", maxTreeHeight, 8, 4000);
            Validate.range("modules.codelive.snippet.max_nodes", maxNodes, 16, 1_000_000);
            Validate.range("modules.codelive.snippet.deadline_ms", deadlineMs, 1, 10_000);
        }
    }

    /**
     * @param maxSteps statements and expressions evaluated, plus a charge for the data they create
     * @param timeoutMs wall-clock time for the whole run
     * @param maxOutputBytes what the snippet may print, in UTF-8 bytes
     */
    public record EvaluationLimits(long maxSteps, long timeoutMs, int maxOutputBytes) {
        public EvaluationLimits {
            Validate.range("modules.codelive.evaluation.max_steps", maxSteps, 1000, 10_000_000_000L);
            Validate.range("modules.codelive.evaluation.timeout_ms", timeoutMs, 1, 3_600_000);
            Validate.range("modules.codelive.evaluation.max_output_bytes", maxOutputBytes, 1024, 64 << 20);
        }
    }
}
