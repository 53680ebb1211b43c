package dev.codelive.platform.http.edge;

import dev.codelive.platform.http.Problem;
import dev.codelive.platform.http.ProblemType;
import dev.codelive.platform.http.ProblemWriter;
import dev.codelive.platform.http.RequestObservation;
import java.util.Map;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Refuses request targets (path and query) longer than the policy allows with 414, before routing. */
public final class RequestTargetLimitHandler extends Handler.Wrapper {
    private final int maxUrlLength;
    private final ProblemWriter problems;

    public RequestTargetLimitHandler(int maxUrlLength, ProblemWriter problems) {
        this.maxUrlLength = maxUrlLength;
        this.problems = problems;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String pathQuery = request.getHttpURI().getPathQuery();
        if (pathQuery != null && pathQuery.length() > maxUrlLength) {
            RequestObservation observation = (RequestObservation) request.getAttribute(RequestObservation.ATTRIBUTE);
            Problem problem = Problem.of(ProblemType.URI_TOO_LONG,
                    "the request URL is " + pathQuery.length() + " characters; the limit is " + maxUrlLength);
            problems.write(request, response, callback, problem, observation.requestId(), Map.of());
            return true;
        }
        return super.handle(request, response, callback);
    }
}
