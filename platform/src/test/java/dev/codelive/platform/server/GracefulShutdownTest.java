package dev.codelive.platform.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.codelive.platform.testing.Http;
import dev.codelive.platform.testing.TestRoutesModule;
import dev.codelive.platform.testing.TestServer;
import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class GracefulShutdownTest {

    @Test
    void stopLetsAnInFlightSlowRequestFinishAndRefusesNewConnections() throws Exception {
        TestServer server = TestServer.builder().module(new TestRoutesModule()).start();
        int port = server.port();
        CompletableFuture<HttpResponse<String>> slow = CompletableFuture.supplyAsync(() -> Http.get(server.uri("/test/slow?ms=1500")));
        await().atMost(Duration.ofSeconds(5)).until(() -> Http.get(server.uri("/metrics")).body()
                .contains("http_server_requests_in_flight 2.0"));

        long stopStart = System.nanoTime();
        CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::stop);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(IOException.class));

        HttpResponse<String> response = slow.get(10, TimeUnit.SECONDS);
        stopping.get(15, TimeUnit.SECONDS);
        long stopMs = (System.nanoTime() - stopStart) / 1_000_000;

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"slept_ms\":\"1500\"");
        assertThat(stopMs).as("stop waited for the request, not for the whole drain deadline").isLessThan(8_000);
    }

    @Test
    void theDrainDeadlineBoundsTheStop() throws Exception {
        TestServer server = TestServer.builder().module(new TestRoutesModule()).env("SHUTDOWN_DRAIN_SECONDS", "1").start();
        CompletableFuture<Integer> tooSlow = CompletableFuture.supplyAsync(() -> {
            try {
                return Http.get(server.uri("/test/slow?ms=20000")).statusCode();
            } catch (RuntimeException e) {
                return -1;
            }
        });
        await().atMost(Duration.ofSeconds(5)).until(() -> Http.get(server.uri("/metrics")).body()
                .contains("http_server_requests_in_flight 2.0"));

        long start = System.nanoTime();
        server.stop();
        long stopMs = (System.nanoTime() - start) / 1_000_000;

        assertThat(stopMs).isBetween(900L, 8_000L);
        assertThat(tooSlow.get(30, TimeUnit.SECONDS)).isNotEqualTo(200);
    }

    @Test
    void readinessReportsDrainingOnceStopBegins() {
        TestServer server = TestServer.builder().start();
        server.platform().readiness().drain();

        HttpResponse<String> response = Http.get(server.uri("/ready"));

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("\"status\":\"draining\"");
        server.stop();
    }
}
