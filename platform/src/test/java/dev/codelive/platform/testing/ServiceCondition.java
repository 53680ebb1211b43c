package dev.codelive.platform.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Evaluates {@link RequiresService}: reachable → run; unreachable → skip loudly, or fail under {@code CI=true}. */
final class ServiceCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        RequiresService requirement = context.getElement()
                .map(element -> element.getAnnotation(RequiresService.class))
                .orElse(null);
        if (requirement == null) {
            return ConditionEvaluationResult.enabled("no service required");
        }
        String reason = Services.unavailableReason(requirement.value(), context.getDisplayName());
        return reason == null ? ConditionEvaluationResult.enabled(requirement.value() + " is available")
                : ConditionEvaluationResult.disabled(reason);
    }
}
