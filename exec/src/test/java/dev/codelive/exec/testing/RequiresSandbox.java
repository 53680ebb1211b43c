package dev.codelive.exec.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the test only where the sandbox works. On a developer's machine without bubblewrap it is skipped with the
 * reason; with {@code CI=true} a missing sandbox fails the test instead, because CI must test the boundary.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExtendWith(RequiresSandbox.Condition.class)
public @interface RequiresSandbox {

    /** Probes once per test run. */
    final class Condition implements ExecutionCondition {
        private static final java.util.Optional<String> UNAVAILABLE = HostSandbox.unavailable();

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (UNAVAILABLE.isEmpty()) {
                return ConditionEvaluationResult.enabled("the sandbox works here");
            }
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("CI must test the sandbox, but it does not work here: " + UNAVAILABLE.get());
            }
            return ConditionEvaluationResult.disabled("SKIPPED: the sandbox does not work here: " + UNAVAILABLE.get());
        }
    }
}
