package dev.codelive.platform.http.edge;

import dev.codelive.platform.http.RequestObservation;
import org.slf4j.MDC;

/** The request fields every log line carries while a request is handled. */
public final class LogContext {
    private LogContext() {}

    public static void apply(RequestObservation observation) {
        MDC.put("request_id", observation.requestId());
        MDC.put("method", observation.method());
        MDC.put("route", observation.route());
        putIfPresent("user_id", observation.userId());
        putIfPresent("session_id", observation.sessionId());
    }

    /** Records the matched route on the observation and in the current log context. */
    public static void route(RequestObservation observation, String template) {
        observation.route(template);
        MDC.put("route", template);
    }

    private static void putIfPresent(String key, String value) {
        if (value != null) {
            MDC.put(key, value);
        }
    }
}
