package dev.codelive.platform.testing;

import dev.codelive.platform.testing.RequiresService.Service;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Whether a local service is there, and what a test does when it is not: skip loudly, or fail under CI. */
public final class Services {
    private Services() {}

    public static boolean available(Service service) {
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

    /** Why the service is missing, or null when it is there; throws under {@code CI=true}. */
    static String unavailableReason(Service service, String testName) {
        if (available(service)) {
            return null;
        }
        String message = service + " is not available at " + service.location() + " (set " + service.variable() + ")";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true: " + message + "; a missing service is a failure in CI, never a skip");
        }
        System.err.println("\n!!! SKIPPED " + testName + ": " + message + " !!!\n");
        return message;
    }

    /** For tests that need a service only for some parameters: aborts (skips) or fails like {@link RequiresService}. */
    public static void require(Service service) {
        String reason = unavailableReason(service, "test needing " + service);
        Assumptions.assumeTrue(reason == null, reason);
    }
}
