package dev.codelive.platform.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.MethodNotAllowedResponse;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every exception that leaves a handler into a problem response. Client mistakes get their own status;
 * anything unexpected becomes a 500 that tells the client only the request id, while the log gets the stack.
 */
public final class ErrorMapping {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

    private final ProblemWriter problems;

    public ErrorMapping(ProblemWriter problems) {
        this.problems = problems;
    }

    public void install(JavalinConfig config) {
        config.routes.exception(ProblemException.class, (e, ctx) -> problems.write(ctx, e.problem(), e.headers()));
        config.routes.exception(HttpResponseException.class, this::javalinResponse);
        config.routes.exception(Exception.class, this::unexpected);
        config.router.javaLangErrorHandler((response, error) -> {
            LOG.error("fatal error while handling a request", error);
            response.setStatus(500);
            response.setContentType(ProblemWriter.CONTENT_TYPE);
            String requestId = response.getHeader(RequestIds.HEADER);
            byte[] body = problems.render(Problem.of(ProblemType.INTERNAL_ERROR, internalDetail(requestId)), null, requestId);
            try {
                response.getOutputStream().write(body);
            } catch (IOException | IllegalStateException ignored) {
                // The response is already broken; the status and the log line are all we can give.
            }
        });
    }

    /** Javalin's own refusals: no route (404), wrong method (405), body over Javalin's size cap (413). */
    private void javalinResponse(HttpResponseException e, Context ctx) {
        RequestObservation observation = RequestObservation.of(ctx);
        ProblemType type = ProblemType.forStatus(e.getStatus());
        String detail = switch (e.getStatus()) {
            case 404 -> "no resource at " + observation.method() + " " + observation.path();
            case 405 -> observation.method() + " is not allowed here";
            default -> type.title();
        };
        Map<String, String> headers = Map.of();
        if (e instanceof MethodNotAllowedResponse notAllowed) {
            String methods = notAllowed.getDetails().values().stream().findFirst().orElse("");
            headers = Map.of("Allow", methods);
            detail = detail + "; allowed: " + methods;
        }
        problems.write(ctx, new Problem(type.uri(), type.title(), e.getStatus(), detail, List.of(), Map.of()), headers);
    }

    private void unexpected(Exception e, Context ctx) {
        if (isDatabaseUnreachable(e)) {
            // Not our bug and not the client's: say so quickly, and when to retry, instead of a 500.
            LOG.warn("database unreachable: {}", e.getMessage());
            problems.write(ctx, Problem.of(ProblemType.UNAVAILABLE, "the database is unavailable; retry shortly"), Map.of("Retry-After", "5"));
            return;
        }
        String requestId = RequestObservation.of(ctx).requestId();
        LOG.error("unhandled exception", e);
        problems.write(ctx, Problem.of(ProblemType.INTERNAL_ERROR, internalDetail(requestId)), Map.of());
    }

    /** A pool timeout, or a connection-class SQLSTATE (08…): the database is not reachable right now. */
    private static boolean isDatabaseUnreachable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    private static String internalDetail(String requestId) {
        return "an unexpected error occurred; quote request id " + requestId + " when reporting it";
    }

}
