package dev.codelive.platform.http;

import io.javalin.http.Context;

/**
 * What is known about one request as it passes through the server: created at the edge, enriched by routing
 * (route template) and later by authentication (user, session), read by logs, metrics and problem bodies.
 */
public final class RequestObservation {
    /** Request attribute under which the edge stores the observation. */
    public static final String ATTRIBUTE = RequestObservation.class.getName();
    /** Route label for requests no route matched. */
    public static final String UNMATCHED = "unmatched";

    private final String requestId;
    private final String method;
    private final String path;
    private final String clientIp;
    private final boolean secure;
    private final long startNanos;
    private volatile String route = UNMATCHED;
    private volatile String userId;
    private volatile String plan;
    private volatile String sessionId;

    public RequestObservation(String requestId, String method, String path, String clientIp, boolean secure, long startNanos) {
        this.requestId = requestId;
        this.method = method;
        this.path = path;
        this.clientIp = clientIp;
        this.secure = secure;
        this.startNanos = startNanos;
    }

    /** The observation of a Javalin request; every request passes the edge, so it is always there. */
    public static RequestObservation of(Context ctx) {
        Object observation = ctx.req().getAttribute(ATTRIBUTE);
        if (observation instanceof RequestObservation found) {
            return found;
        }
        throw new IllegalStateException("request did not pass the observation edge handler");
    }

    public String requestId() {
        return requestId;
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    public String clientIp() {
        return clientIp;
    }

    /** True when the client reached us over HTTPS, directly or through a trusted proxy. */
    public boolean secure() {
        return secure;
    }

    public long startNanos() {
        return startNanos;
    }

    /** The matched route template ({@code /api/tracks/{id}}), never a raw path. */
    public String route() {
        return route;
    }

    public void route(String template) {
        this.route = template;
    }

    public String userId() {
        return userId;
    }

    public void userId(String userId) {
        this.userId = userId;
    }

    /** The signed-in user's plan as the API writes it ({@code free}, {@code pro}); null when anonymous. */
    public String plan() {
        return plan;
    }

    public void plan(String plan) {
        this.plan = plan;
    }

    public String sessionId() {
        return sessionId;
    }

    public void sessionId(String sessionId) {
        this.sessionId = sessionId;
    }
}
