package dev.codelive.exec.language.sql;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Marks a test that runs the driver with the host's {@code /usr/bin/python3} ({@code PYTHON3_PATH} to override).
 * As the platform's {@code RequiresService}: missing, the test is skipped loudly, or fails under {@code CI=true}.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresPython3.Condition.class)
@interface RequiresPython3 {

    /** Runs the test when the interpreter is there. */
    final class Condition implements ExecutionCondition {

        /** The interpreter the tests run. */
        static String location() {
            String value = System.getenv("PYTHON3_PATH");
            return value == null || value.isBlank() ? "/usr/bin/python3" : value;
        }

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (Files.isExecutable(Path.of(location()))) {
                return ConditionEvaluationResult.enabled("python3 is available");
            }
            String message = "python3 is not available at " + location() + " (set PYTHON3_PATH)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true: " + message + "; a missing tool is a failure in CI, never a skip");
            }
            System.err.println("\n!!! SKIPPED " + context.getDisplayName() + ": " + message + " !!!\n");
            return ConditionEvaluationResult.disabled(message);
        }
    }
}
