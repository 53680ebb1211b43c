package dev.codelive.platform.http.gate;

import dev.codelive.platform.http.BodyLimit;
import dev.codelive.platform.http.ProblemException;
import dev.codelive.platform.http.ProblemType;
import dev.codelive.platform.metrics.HttpMetrics;
import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * Refuses a body whose declared {@code Content-Length} is over the route's limit before a byte of it is read.
 * Bodies without a length (chunked) are cut off while streaming by the body reader instead.
 */
public final class BodySizeGate implements Handler {
    private final long defaultMaxBytes;
    private final HttpMetrics metrics;

    public BodySizeGate(long defaultMaxBytes, HttpMetrics metrics) {
        this.defaultMaxBytes = defaultMaxBytes;
        this.metrics = metrics;
    }

    @Override
    public void handle(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared <= 0) {
            return;
        }
        long limit = BodyLimit.of(ctx, defaultMaxBytes);
        if (declared > limit) {
            metrics.bodyRejected("too_large");
            throw ProblemException.of(ProblemType.PAYLOAD_TOO_LARGE,
                    "the request body is " + declared + " bytes; the limit for this route is " + limit);
        }
    }
}
