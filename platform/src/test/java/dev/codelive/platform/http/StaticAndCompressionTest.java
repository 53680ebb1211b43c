package dev.codelive.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codelive.platform.testing.Http;
import dev.codelive.platform.testing.TestRoutesModule;
import dev.codelive.platform.testing.TestServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StaticAndCompressionTest {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.builder().module(new TestRoutesModule()).start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<byte[]> get(String path, String... headers) {
        var request = Http.request(server.uri(path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return Http.sendForBytes(request.build());
    }

    @Test
    void staticFilesCarryAnEtagAndHonourIfNoneMatch() {
        HttpResponse<byte[]> first = get("/test-site/hello.txt");
        String etag = first.headers().firstValue("ETag").orElseThrow();

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        HttpResponse<byte[]> notModified = get("/test-site/hello.txt", "If-None-Match", etag);
        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(notModified.headers().firstValue("ETag")).as("RFC 9110 requires the ETag on a 304").hasValue(etag);
        assertThat(get("/test-site/hello.txt", "If-None-Match", "W/\"stale\"").statusCode()).isEqualTo(200);
    }

    @Test
    void largeTextIsGzippedWhenTheClientAcceptsIt() throws IOException {
        HttpResponse<byte[]> plain = get("/test-site/big.css");
        HttpResponse<byte[]> zipped = get("/test-site/big.css", "Accept-Encoding", "gzip");

        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(zipped.body().length).isLessThan(plain.body().length);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(new String(plain.body(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void aGzippedStaticFileStillRevalidates() {
        HttpResponse<byte[]> zipped = get("/test-site/big.css", "Accept-Encoding", "gzip");
        String etag = zipped.headers().firstValue("ETag").orElseThrow();

        assertThat(get("/test-site/big.css", "Accept-Encoding", "gzip", "If-None-Match", etag).statusCode()).isEqualTo(304);
    }

    @Test
    void smallResponsesAreNotCompressed() {
        assertThat(get("/health", "Accept-Encoding", "gzip").headers().firstValue("Content-Encoding")).isEmpty();
    }

    @Test
    void largeJsonResponsesAreCompressed() {
        assertThat(get("/openapi.json", "Accept-Encoding", "gzip").headers().firstValue("Content-Encoding")).hasValue("gzip");
    }

    @Test
    void pathTraversalDoesNotEscapeTheSite() {
        assertThat(get("/test-site/../logback-test.xml").statusCode()).isIn(400, 404);
        assertThat(get("/test-site/%2e%2e/logback-test.xml").statusCode()).isIn(400, 404);
    }
}
