package dev.codelive.platform.http.edge;

import static net.logstash.logback.argument.StructuredArguments.kv;

import dev.codelive.platform.http.RequestObservation;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/** Writes the one access-log line of each request, with the request's fields in the log context. */
final class AccessLog {
    private static final Logger LOG = LoggerFactory.getLogger("http.access");

    void completed(RequestObservation observation, int status, double latencyMs) {
        // Completion may run on a different thread than the handler, so the context is rebuilt here.
        Map<String, String> previous = MDC.getCopyOfContextMap();
        try {
            LogContext.apply(observation);
            LOG.info("{} {} {}", observation.method(), observation.path(), status, kv("status", status), kv("latency_ms", latencyMs));
        } finally {
            if (previous == null) {
                MDC.clear();
            } else {
                MDC.setContextMap(previous);
            }
        }
    }
}
