package dev.codelive.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.nio.ByteBuffer;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Renders problems as {@code application/problem+json}, both from Javalin handlers and from Jetty's own layers. */
public final class ProblemWriter {
    public static final String CONTENT_TYPE = "application/problem+json";

    private final ObjectMapper mapper;

    public ProblemWriter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public byte[] render(Problem problem, String instance, String requestId) {
        ObjectNode body = mapper.createObjectNode();
        body.put("type", problem.type());
        body.put("title", problem.title());
        body.put("status", problem.status());
        body.put("detail", problem.detail());
        body.put("instance", instance);
        body.put("request_id", requestId);
        if (!problem.errors().isEmpty()) {
            ArrayNode errors = body.putArray("errors");
            problem.errors().forEach(error -> errors.addObject().put("field", error.field()).put("message", error.message()));
        }
        problem.extensions().forEach((name, value) -> body.set(name, mapper.valueToTree(value)));
        try {
            return mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem body must always serialise", e);
        }
    }

    public void write(Context ctx, Problem problem, Map<String, String> headers) {
        RequestObservation observation = RequestObservation.of(ctx);
        headers.forEach(ctx::header);
        ctx.status(problem.status())
                .header("Cache-Control", "no-store")
                .contentType(CONTENT_TYPE)
                .result(render(problem, observation.path(), observation.requestId()));
    }

    /** Writes from below Javalin (edge handlers, Jetty's error handler) and completes {@code callback}. */
    public void write(Request request, Response response, Callback callback, Problem problem, String requestId, Map<String, String> headers) {
        byte[] body = render(problem, request.getHttpURI().getPath(), requestId);
        response.setStatus(problem.status());
        headers.forEach((name, value) -> response.getHeaders().put(name, value));
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, CONTENT_TYPE);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }
}
