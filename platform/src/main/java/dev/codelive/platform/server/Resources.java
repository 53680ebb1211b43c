package dev.codelive.platform.server;

import java.util.ArrayDeque;
import java.util.Deque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Things to close at shutdown, closed in reverse order of opening; one failing close does not stop the rest. */
public final class Resources implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Resources.class);

    private final Deque<NamedCloseable> open = new ArrayDeque<>();

    private record NamedCloseable(String name, AutoCloseable closeable) {}

    public synchronized <T extends AutoCloseable> T register(String name, T closeable) {
        open.push(new NamedCloseable(name, closeable));
        return closeable;
    }

    @Override
    public synchronized void close() {
        while (!open.isEmpty()) {
            NamedCloseable next = open.pop();
            try {
                next.closeable().close();
            } catch (Exception e) {
                LOG.warn("closing {} failed", next.name(), e);
            }
        }
    }
}
