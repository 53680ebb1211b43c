package dev.codelive.platform.http.edge;

import dev.codelive.platform.http.Problem;
import dev.codelive.platform.http.ProblemType;
import dev.codelive.platform.http.ProblemWriter;
import dev.codelive.platform.http.RequestIds;
import dev.codelive.platform.http.RequestObservation;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own errors (oversized headers, unparseable requests) as problem+json, whatever the client accepts,
 * with the security headers and never a stack trace.
 */
public final class ProblemErrorHandler extends ErrorHandler {
    private final ProblemWriter problems;
    private final SecurityHeaders securityHeaders;

    public ProblemErrorHandler(ProblemWriter problems, SecurityHeaders securityHeaders) {
        this.problems = problems;
        this.securityHeaders = securityHeaders;
        setShowStacks(false);
        setShowCauses(false);
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause, Callback callback) {
        RequestObservation observation = (RequestObservation) request.getAttribute(RequestObservation.ATTRIBUTE);
        String requestId = observation != null ? observation.requestId() : RequestIds.generate();
        securityHeaders.apply(response.getHeaders(), observation != null && observation.secure());
        response.getHeaders().put(RequestIds.HEADER, requestId);
        ProblemType type = ProblemType.forStatus(code);
        // Jetty's message may echo parser internals; the reason phrase is enough for a client.
        String detail = HttpStatus.getMessage(code);
        Problem problem = new Problem(type.uri(), type.title(), code, detail, List.of(), Map.of());
        problems.write(request, response, callback, problem, requestId, Map.of());
    }
}
