package dev.codelive.platform.http;

import static dev.codelive.platform.testing.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.codelive.platform.http.route.Route;
import dev.codelive.platform.storage.BlobKey;
import dev.codelive.platform.testing.Http;
import dev.codelive.platform.testing.TestServer;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BlobDownloadTest {
    private static final int SIZE = 200_000;
    private static final byte[] CONTENT = new byte[SIZE];
    private static TestServer server;

    @BeforeAll
    static void start() {
        for (int i = 0; i < SIZE; i++) {
            CONTENT[i] = (byte) (i * 13 + i / 256);
        }
        server = TestServer.builder().unthrottled().module(platform -> {
            platform.blobs().put(BlobKey.of("media/song.wav"), new ByteArrayInputStream(CONTENT), SIZE, "audio/wav");
            BlobDownload download = new BlobDownload(platform.blobs());
            platform.addRoute(Route.get("/test/media/{name}").publicAccess().summary("a blob").tag("test").handler(ctx -> {
                if (!download.send(ctx, BlobKey.of("media/" + ctx.pathParam("name")), "audio/wav", ctx.pathParam("name"))) {
                    throw ProblemException.of(ProblemType.NOT_FOUND, "no such media");
                }
            }));
        }).start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<byte[]> get(String... headers) {
        return Http.sendForBytes(Http.request(server.uri("/test/media/song.wav")).headers(headers.length == 0 ? new String[] {"Accept", "*/*"} : headers)
                .GET().build());
    }

    @Test
    void theWholeBlobComesWithLengthTypeAndAStrongEtag() {
        HttpResponse<byte[]> response = get();

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(CONTENT);
        assertThat(response.headers().firstValue("Content-Length")).hasValue(Integer.toString(SIZE));
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("audio/wav"));
        assertThat(response.headers().firstValue("Accept-Ranges")).hasValue("bytes");
        assertThat(response.headers().firstValue("ETag")).hasValueSatisfying(etag -> assertThat(etag).matches("\"[0-9a-f]{64}\""));
    }

    @Test
    void aRangeIsAnsweredWith206AndExactlyThoseBytes() {
        HttpResponse<byte[]> middle = get("Range", "bytes=1000-1999");
        assertThat(middle.statusCode()).isEqualTo(206);
        assertThat(middle.body()).isEqualTo(Arrays.copyOfRange(CONTENT, 1000, 2000));
        assertThat(middle.headers().firstValue("Content-Range")).hasValue("bytes 1000-1999/" + SIZE);
        assertThat(middle.headers().firstValue("Content-Length")).hasValue("1000");

        HttpResponse<byte[]> open = get("Range", "bytes=150000-");
        assertThat(open.statusCode()).isEqualTo(206);
        assertThat(open.body()).isEqualTo(Arrays.copyOfRange(CONTENT, 150_000, SIZE));

        HttpResponse<byte[]> suffix = get("Range", "bytes=-500");
        assertThat(suffix.body()).isEqualTo(Arrays.copyOfRange(CONTENT, SIZE - 500, SIZE));
        assertThat(suffix.headers().firstValue("Content-Range")).hasValue("bytes " + (SIZE - 500) + "-" + (SIZE - 1) + "/" + SIZE);

        HttpResponse<byte[]> beyond = get("Range", "bytes=199990-999999");
        assertThat(beyond.statusCode()).isEqualTo(206);
        assertThat(beyond.body()).hasSize(10);
    }

    @Test
    void aRangePastTheEndIs416WithTheLength() {
        HttpResponse<String> response = Http.get(server.uri("/test/media/song.wav"), "Range", "bytes=" + SIZE + "-");

        assertProblem(response, 416);
        assertThat(response.headers().firstValue("Content-Range")).hasValue("bytes */" + SIZE);
    }

    @Test
    void rangesThisServerDoesNotServeGetTheWholeBlob() {
        for (String range : new String[] {"bytes=0-1,5-9", "bytes=9-1", "pages=1-2", "bytes=abc", "bytes=-", "bytes=99999999999999999999-"}) {
            HttpResponse<byte[]> response = get("Range", range);
            assertThat(response.statusCode()).as(range).isEqualTo(200);
            assertThat(response.body()).as(range).hasSize(SIZE);
        }
    }

    @Test
    void aKnownVersionIsNotSentAgainAndIfRangeGuardsAgainstAChangedOne() {
        String etag = get().headers().firstValue("ETag").orElseThrow();

        HttpResponse<byte[]> unchanged = get("If-None-Match", etag);
        assertThat(unchanged.statusCode()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();

        assertThat(get("Range", "bytes=0-9", "If-Range", etag).statusCode()).isEqualTo(206);
        HttpResponse<byte[]> other = get("Range", "bytes=0-9", "If-Range", "\"another-version\"");
        assertThat(other.statusCode()).isEqualTo(200);
        assertThat(other.body()).hasSize(SIZE);
    }

    @Test
    void aMissingBlobIsLeftToTheCaller() {
        assertProblem(Http.get(server.uri("/test/media/none.wav")), 404);
    }
}
