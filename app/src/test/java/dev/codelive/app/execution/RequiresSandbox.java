package dev.codelive.app.execution;

import dev.codelive.exec.sandbox.Sandbox;
import dev.codelive.exec.sandbox.SandboxProbe;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the test only where the execution sandbox works (the exec module's own condition lives in its test jar, which
 * the app does not see). Without bubblewrap a developer's run skips with the reason; with {@code CI=true} it fails,
 * because CI must test the boundary.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExtendWith(RequiresSandbox.Condition.class)
public @interface RequiresSandbox {
    Path BUBBLEWRAP = Path.of("/usr/bin/bwrap");
    /** The probe's uid: above the runs' range of every server the app's tests start (uid_base 65000 and 65050). */
    int PROBE_UID = 65090;

    /** Probes once per test run. */
    final class Condition implements ExecutionCondition {
        private static final Optional<String> UNAVAILABLE = SandboxProbe.check(Sandbox.onThisHost(BUBBLEWRAP, Optional.empty()),
                BUBBLEWRAP, PROBE_UID);

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
