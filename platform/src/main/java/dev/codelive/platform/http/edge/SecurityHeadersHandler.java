package dev.codelive.platform.http.edge;

import dev.codelive.platform.http.RequestObservation;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Adds {@link SecurityHeaders} before anything downstream can commit the response. */
public final class SecurityHeadersHandler extends Handler.Wrapper {
    private final SecurityHeaders headers;

    public SecurityHeadersHandler(SecurityHeaders headers) {
        this.headers = headers;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        RequestObservation observation = (RequestObservation) request.getAttribute(RequestObservation.ATTRIBUTE);
        headers.apply(response.getHeaders(), observation != null && observation.secure());
        return super.handle(request, response, callback);
    }
}
