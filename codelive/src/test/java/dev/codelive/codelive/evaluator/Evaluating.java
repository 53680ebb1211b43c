package dev.codelive.codelive.evaluator;

import dev.codelive.codelive.syntax.Module;
import dev.codelive.codelive.syntax.ParseLimits;
import dev.codelive.codelive.syntax.PythonParser;
import java.time.Duration;

/** Shared helpers for evaluator tests: parse and evaluate a snippet. */
final class Evaluating {
    /** The parser's limits, without its 50 ms deadline: a cold JVM on a busy machine can take longer to parse. */
    static final PythonParser PARSER = new PythonParser(ParseLimits.DEFAULTS.withDeadline(Duration.ofSeconds(30)));
    static final ReferenceEvaluator EVALUATOR = new ReferenceEvaluator();
    /**
     * The default budget with a time limit a loaded machine cannot hit by accident, for tests about results rather
     * than time.
     */
    static final EvaluationBudget BUDGET = EvaluationBudget.DEFAULTS.withMaxTime(Duration.ofSeconds(60));

    private Evaluating() {}

    static Module parse(String source) {
        return PARSER.parse(source);
    }

    static Evaluation evaluate(String source) {
        return EVALUATOR.evaluate(parse(source), BUDGET);
    }

    static Evaluation evaluate(String source, EvaluationBudget budget) {
        return EVALUATOR.evaluate(parse(source), budget);
    }
}
