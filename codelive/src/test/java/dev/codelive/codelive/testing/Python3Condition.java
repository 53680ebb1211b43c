package dev.codelive.codelive.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Evaluates {@link RequiresPython3}. */
final class Python3Condition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (context.getElement().map(e -> e.isAnnotationPresent(RequiresPython3.class)).orElse(false)) {
            String reason = Python3.unavailableReason(context.getDisplayName());
            return reason == null ? ConditionEvaluationResult.enabled("python3 is available")
                    : ConditionEvaluationResult.disabled(reason);
        }
        return ConditionEvaluationResult.enabled("python3 not required");
    }
}
