package dev.codelive.platform.http;

import static dev.codelive.platform.testing.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.codelive.platform.testing.Http;
import dev.codelive.platform.testing.TestRoutesModule;
import dev.codelive.platform.testing.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RequestLimitsTest {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.builder().module(new TestRoutesModule()).unthrottled().start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void a300KbBodySentSlowlyIsRefusedBeforeItArrives() throws IOException {
        int declared = 300 * 1024;
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/echo HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + declared + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write("{\"message\":\"".getBytes(StandardCharsets.US_ASCII));
            out.flush();

            // Trickle the body; the answer must come long before the 300 KB could have been sent.
            AtomicInteger sent = new AtomicInteger();
            Thread trickle = Thread.ofVirtual().start(() -> {
                byte[] chunk = "a".repeat(1024).getBytes(StandardCharsets.US_ASCII);
                try {
                    while (sent.get() < declared - 2048) {
                        out.write(chunk);
                        out.flush();
                        sent.addAndGet(chunk.length);
                        Thread.sleep(100);
                    }
                } catch (IOException | InterruptedException expected) {
                    // the server closed the connection after refusing the body
                }
            });
            String response = readHead(socket.getInputStream());
            int sentWhenAnswered = sent.get();
            trickle.interrupt();

            assertThat(response).startsWith("HTTP/1.1 413");
            assertThat(response).containsIgnoringCase("content-type: application/problem+json");
            assertThat(sentWhenAnswered).isLessThan(64 * 1024);
        }
    }

    @Test
    void aChunkedBodyIsCutOffAtTheLimitWhileStreaming() {
        String body = "{\"message\":\"x\",\"data\":[" + String.join(",", IntStream.range(0, 200_000).mapToObj(i -> "1").toList()) + "]}";
        HttpRequest request = Http.request(server.uri("/api/echo"))
                .header("Content-Type", "application/json")
                // An input stream publisher has no known length, so the client sends it chunked.
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))))
                .build();

        HttpResponse<String> response = Http.send(request);

        assertThat(assertProblem(response, 413).path("detail").asText()).contains("262144");
    }

    @Test
    void aRouteCanRaiseItsOwnLimit() {
        String body = "{\"blob\":\"" + "b".repeat(90_000) + "\",\"more\":\"" + "c".repeat(90_000) + "\",\"rest\":\"" + "d".repeat(90_000) + "\"}";

        assertThat(Http.postJson(server.uri("/test/upload"), body).statusCode()).isEqualTo(200);
        assertProblem(Http.postJson(server.uri("/api/echo"), body), 413);
    }

    @Test
    void deeplyNestedJsonIsRefused() {
        String nested = "[".repeat(40) + "]".repeat(40);

        assertThat(assertProblem(Http.postJson(server.uri("/api/echo"), "{\"message\":\"x\",\"data\":" + nested + "}"), 400)
                .path("detail").asText()).contains("nests too deeply");
    }

    @Test
    void overlongJsonStringsAreRefused() {
        String body = "{\"blob\":\"" + "s".repeat(100_001) + "\"}";

        assertThat(assertProblem(Http.postJson(server.uri("/test/upload"), body), 400).path("detail").asText())
                .contains("longer than allowed");
    }

    @Test
    void overlongUrlsAre414() {
        assertProblem(Http.get(server.uri("/health?q=" + "a".repeat(2100))), 414);
    }

    @Test
    void oversizedHeadersAre431ProblemsWithSecurityHeaders() {
        HttpResponse<String> response = Http.get(server.uri("/health"), "X-Padding", "p".repeat(20_000));

        assertThat(response.statusCode()).isEqualTo(431);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.body()).contains("\"status\":431");
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            head.write(b);
            if (head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
                break;
            }
        }
        return head.toString(StandardCharsets.US_ASCII);
    }
}
