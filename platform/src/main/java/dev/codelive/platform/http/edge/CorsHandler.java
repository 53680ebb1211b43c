package dev.codelive.platform.http.edge;

import dev.codelive.platform.http.Problem;
import dev.codelive.platform.http.ProblemType;
import dev.codelive.platform.http.ProblemWriter;
import dev.codelive.platform.http.RequestObservation;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Answers CORS preflights and marks responses to allowed origins. A disallowed origin gets no CORS headers at all,
 * so the browser blocks the response; its preflight is refused with 403.
 */
public final class CorsHandler extends Handler.Wrapper {
    private final CorsPolicy policy;
    private final ProblemWriter problems;

    public CorsHandler(CorsPolicy policy, ProblemWriter problems) {
        this.policy = policy;
        this.problems = problems;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        if (origin == null) {
            return super.handle(request, response, callback);
        }
        HttpFields.Mutable headers = response.getHeaders();
        headers.add(HttpHeader.VARY, "Origin");
        boolean allowed = policy.allows(origin);
        String requestedMethod = request.getHeaders().get(HttpHeader.ACCESS_CONTROL_REQUEST_METHOD);
        if (HttpMethod.OPTIONS.is(request.getMethod()) && requestedMethod != null) {
            return preflight(request, response, callback, origin, allowed);
        }
        if (allowed) {
            headers.put(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
            headers.put(HttpHeader.ACCESS_CONTROL_ALLOW_CREDENTIALS, "true");
            headers.put(HttpHeader.ACCESS_CONTROL_EXPOSE_HEADERS, CorsPolicy.EXPOSED_HEADERS);
        }
        return super.handle(request, response, callback);
    }

    private boolean preflight(Request request, Response response, Callback callback, String origin, boolean allowed) {
        String requestedHeaders = policy.allowedRequestHeaders(request.getHeaders().get(HttpHeader.ACCESS_CONTROL_REQUEST_HEADERS));
        if (!allowed || requestedHeaders == null) {
            String detail = allowed
                    ? "preflight asks for a request header that is not allowed"
                    : "origin " + origin + " is not allowed to call this API";
            RequestObservation observation = (RequestObservation) request.getAttribute(RequestObservation.ATTRIBUTE);
            problems.write(request, response, callback, Problem.of(ProblemType.FORBIDDEN, detail), observation.requestId(), Map.of());
            return true;
        }
        HttpFields.Mutable headers = response.getHeaders();
        headers.put(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
        headers.put(HttpHeader.ACCESS_CONTROL_ALLOW_CREDENTIALS, "true");
        headers.put(HttpHeader.ACCESS_CONTROL_ALLOW_METHODS, CorsPolicy.ALLOWED_METHODS);
        if (!requestedHeaders.isEmpty()) {
            headers.put(HttpHeader.ACCESS_CONTROL_ALLOW_HEADERS, requestedHeaders);
        }
        headers.put(HttpHeader.ACCESS_CONTROL_MAX_AGE, CorsPolicy.MAX_AGE_SECONDS);
        response.setStatus(204);
        callback.succeeded();
        return true;
    }
}
