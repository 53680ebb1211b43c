package dev.codelive.platform.testing;

import dev.codelive.platform.testing.RequiresService.Service;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
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
        Service service = requirement.value();
        if (available(service)) {
            return ConditionEvaluationResult.enabled(service + " is available");
        }
        String message = service + " is not available at " + service.location() + " (set " + service.variable() + ")";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true: " + message + "; a missing service is a failure in CI, never a skip");
        }
        System.err.println("\n!!! SKIPPED " + context.getDisplayName() + ": " + message + " !!!\n");
        return ConditionEvaluationResult.disabled(message);
    }

    static boolean available(Service service) {
        if (service == Service.CHROMIUM) {
            return Files.isExecutable(Path.of(service.location()));
        }
        URI uri = URI.create(service.location());
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
