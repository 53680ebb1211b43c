package dev.codelive.codelive.evaluator;

import dev.codelive.codelive.syntax.Module;
import dev.codelive.codelive.syntax.PythonParser;

/** Shared helpers for evaluator tests: parse and evaluate a snippet. */
final class Evaluating {
    static final PythonParser PARSER = new PythonParser();
    static final ReferenceEvaluator EVALUATOR = new ReferenceEvaluator();

    private Evaluating() {}

    static Module parse(String source) {
        return PARSER.parse(source);
    }

    static Evaluation evaluate(String source) {
        return EVALUATOR.evaluate(parse(source), EvaluationBudget.DEFAULTS);
    }

    static Evaluation evaluate(String source, EvaluationBudget budget) {
        return EVALUATOR.evaluate(parse(source), budget);
    }
}
