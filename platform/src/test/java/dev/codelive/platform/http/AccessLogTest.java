package dev.codelive.platform.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.codelive.platform.testing.Http;
import dev.codelive.platform.testing.TestRoutesModule;
import dev.codelive.platform.testing.TestServer;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class AccessLogTest {

    @Test
    void oneLinePerRequestWithTheRequestFields() {
        Logger accessLogger = (Logger) LoggerFactory.getLogger("http.access");
        ListAppender<ILoggingEvent> appender = new ListAppender<>() {
            @Override
            protected void append(ILoggingEvent event) {
                // Freeze the MDC now: read later, on the test thread, it would be that thread's context.
                event.prepareForDeferredProcessing();
                super.append(event);
            }
        };
        appender.start();
        accessLogger.addAppender(appender);
        try (TestServer server = TestServer.builder().module(new TestRoutesModule()).start()) {
            Http.get(server.uri("/test/items/7"), "X-Request-Id", "log-check-1");
            Http.get(server.uri("/nowhere"), "X-Request-Id", "log-check-2");

            await().atMost(Duration.ofSeconds(5)).until(() -> forRequest(appender, "log-check-2").size() == 1);
            List<ILoggingEvent> first = forRequest(appender, "log-check-1");

            assertThat(first).hasSize(1);
            ILoggingEvent line = first.getFirst();
            assertThat(line.getMDCPropertyMap())
                    .containsEntry("route", "/test/items/{id}")
                    .containsEntry("method", "GET");
            assertThat(Arrays.stream(line.getArgumentArray()).map(String::valueOf))
                    .contains("status=200").anyMatch(argument -> argument.startsWith("latency_ms="));
            assertThat(forRequest(appender, "log-check-2").getFirst().getMDCPropertyMap()).containsEntry("route", "unmatched");
        } finally {
            accessLogger.detachAppender(appender);
        }
    }

    private static List<ILoggingEvent> forRequest(ListAppender<ILoggingEvent> appender, String requestId) {
        synchronized (appender.list) {
            return appender.list.stream().filter(event -> requestId.equals(event.getMDCPropertyMap().get("request_id"))).toList();
        }
    }
}
