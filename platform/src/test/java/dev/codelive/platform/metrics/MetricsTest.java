package dev.codelive.platform.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codelive.platform.testing.Http;
import dev.codelive.platform.testing.TestRoutesModule;
import dev.codelive.platform.testing.TestServer;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MetricsTest {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.builder().module(new TestRoutesModule()).start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String scrape() {
        HttpResponse<String> response = Http.get(server.uri("/metrics"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        return response.body();
    }

    @Test
    void requestsAreCountedByRouteTemplateNeverByRawPath() {
        Http.get(server.uri("/test/items/123"));
        Http.get(server.uri("/test/items/456"));

        String metrics = scrape();

        assertThat(metrics).contains("http_server_requests_seconds_count{method=\"GET\",route=\"/test/items/{id}\",status=\"200\"} 2");
        assertThat(metrics).doesNotContain("/test/items/123", "/test/items/456");
    }

    @Test
    void unmatchedPathsShareOneLabel() {
        Http.get(server.uri("/random/" + System.nanoTime()));

        assertThat(scrape()).contains("route=\"unmatched\",status=\"404\"").doesNotContain("/random/");
    }

    @Test
    void latencyHistogramHasBucketsAroundThe150msTarget() {
        Http.get(server.uri("/health"));

        String metrics = scrape();

        assertThat(metrics).contains("http_server_requests_seconds_bucket{method=\"GET\",route=\"/health\",status=\"200\",le=\"0.15\"}");
        assertThat(metrics).contains("le=\"0.1\"", "le=\"0.2\"", "le=\"+Inf\"");
    }

    @Test
    void inFlightJvmAndThreadMetricsArePresent() {
        assertThat(scrape()).contains(
                "http_server_requests_in_flight",
                "jvm_memory_used_bytes",
                "jvm_threads_live_threads",
                "jvm_gc_max_data_size_bytes",
                "process_cpu_usage");
    }

    @Test
    void bodyRejectionsAreCountedByReason() {
        Http.send(Http.request(server.uri("/api/echo")).header("Content-Type", "text/plain")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("x")).build());
        Http.postJson(server.uri("/api/echo"), "{");

        assertThat(scrape()).contains(
                "http_request_body_rejections_total{reason=\"unsupported_media_type\"}",
                "http_request_body_rejections_total{reason=\"malformed\"}");
    }
}
