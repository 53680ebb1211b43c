package dev.codelive.platform.http.edge;

import dev.codelive.platform.http.ClientAddresses;
import dev.codelive.platform.http.RequestIds;
import dev.codelive.platform.http.RequestObservation;
import dev.codelive.platform.metrics.HttpMetrics;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.MDC;

/**
 * The outermost application handler: gives each request its id and {@link RequestObservation}, counts it in flight,
 * and on completion (whoever completes it, and however) records its metrics and its access-log line.
 */
public final class ObservationHandler extends Handler.Wrapper {
    private final ClientAddresses clientAddresses;
    private final HttpMetrics metrics;
    private final AccessLog accessLog = new AccessLog();

    public ObservationHandler(ClientAddresses clientAddresses, HttpMetrics metrics) {
        this.clientAddresses = clientAddresses;
        this.metrics = metrics;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String peer = Request.getRemoteAddr(request);
        RequestObservation observation = new RequestObservation(
                RequestIds.acceptOrGenerate(request.getHeaders().get(RequestIds.HEADER)),
                request.getMethod(),
                request.getHttpURI().getPath(),
                clientAddresses.clientIp(peer, request.getHeaders().getValuesList(HttpHeader.X_FORWARDED_FOR)),
                clientAddresses.secure(request.isSecure(), peer, request.getHeaders().get(HttpHeader.X_FORWARDED_PROTO)),
                System.nanoTime());
        request.setAttribute(RequestObservation.ATTRIBUTE, observation);
        response.getHeaders().put(RequestIds.HEADER, observation.requestId());

        metrics.started();
        AtomicBoolean recorded = new AtomicBoolean();
        Runnable record = () -> {
            if (recorded.compareAndSet(false, true)) {
                complete(observation, response);
            }
        };
        Callback completion = new Callback.Nested(callback) {
            @Override
            public void succeeded() {
                record.run();
                super.succeeded();
            }

            @Override
            public void failed(Throwable failure) {
                record.run();
                super.failed(failure);
            }
        };
        LogContext.apply(observation);
        try {
            if (super.handle(request, response, completion)) {
                return true;
            }
            // Nothing below took the request; Jetty will answer 404 with the original callback.
            record.run();
            return false;
        } catch (Throwable t) {
            record.run();
            throw t;
        } finally {
            MDC.clear();
        }
    }

    private void complete(RequestObservation observation, Response response) {
        long elapsed = System.nanoTime() - observation.startNanos();
        int status = response.getStatus();
        metrics.finished(observation.method(), observation.route(), status, elapsed);
        accessLog.completed(observation, status, Math.round(elapsed / 10_000.0) / 100.0);
    }
}
