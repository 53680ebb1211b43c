package dev.codelive.platform.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.codelive.platform.testing.Http;
import dev.codelive.platform.testing.Json;
import dev.codelive.platform.testing.TestS3;
import dev.codelive.platform.testing.TestServer;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The platform's blob store as a running server sees it: the configured backend, readiness and metrics. */
class StorageServerTest {
    @TempDir
    Path dataDir;

    @Test
    void localStorageIsInReadinessAndTurnsUnreadyWhenItCannotBeWrittenThenRecovers() throws Exception {
        try (TestServer server = TestServer.builder().env("DATA_DIR", dataDir.toString()).start()) {
            await().atMost(Duration.ofSeconds(10)).until(() -> Http.get(server.uri("/ready")).statusCode() == 200);
            assertThat(Json.parse(Http.get(server.uri("/ready")).body()).path("checks").path("storage").path("status").asText()).isEqualTo("ok");
            assertThat(server.platform().blobs().describe()).isEqualTo("local " + dataDir.resolve("blobs"));

            // As root, permissions would not stop writes: a regular file where the upload directory must be does.
            Path uploads = dataDir.resolve("blobs").resolve(".tmp");
            Files.delete(uploads);
            Files.writeString(uploads, "in the way");

            HttpResponse<String> unready = Http.get(server.uri("/ready"));
            assertThat(unready.statusCode()).isEqualTo(503);
            assertThat(unready.body()).contains("storage").contains("is not writable").contains("is not a directory");

            Files.delete(uploads);
            await().atMost(Duration.ofSeconds(10)).until(() -> Http.get(server.uri("/ready")).statusCode() == 200);
        }
    }

    @Test
    void aBlobDirectoryThatCannotBeCreatedLetsTheServerStartButNotBecomeReady() throws Exception {
        Files.writeString(dataDir.resolve("blobs"), "a file, not a directory");
        try (TestServer server = TestServer.builder().env("DATA_DIR", dataDir.toString()).start()) {
            HttpResponse<String> unready = Http.get(server.uri("/ready"));
            assertThat(unready.statusCode()).isEqualTo(503);
            assertThat(Json.parse(unready.body()).path("detail").asText()).contains("storage");
            assertThat(Http.get(server.uri("/health")).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void s3StorageIsUsedWhenConfiguredAndChecked() {
        try (TestS3 s3 = TestS3.start()) {
            String bucket = s3.newBucket();
            try (TestServer server = TestServer.builder().env("DATA_DIR", dataDir.toString()).env(s3.env(bucket)).start()) {
                await().atMost(Duration.ofSeconds(10)).until(() -> Http.get(server.uri("/ready")).statusCode() == 200);
                assertThat(Http.get(server.uri("/ready")).body()).contains("\"storage\":{\"status\":\"ok\"");
                BlobStore blobs = server.platform().blobs();
                assertThat(blobs.describe()).isEqualTo("s3 bucket '" + bucket + "' at " + s3.endpoint());

                blobs.put(BlobKey.of("hello"), new ByteArrayInputStream(new byte[] {1, 2, 3}), 3, "application/octet-stream");
                assertThat(s3.rawKeys(bucket)).containsExactly("hello");
                assertThat(dataDir.resolve("blobs")).doesNotExist();
            }
            try (TestServer server = TestServer.builder().env("DATA_DIR", dataDir.toString()).env(s3.env("missing-bucket")).start()) {
                HttpResponse<String> unready = Http.get(server.uri("/ready"));
                assertThat(unready.statusCode()).isEqualTo(503);
                assertThat(unready.body()).contains("missing-bucket").contains("NoSuchBucket");
            }
        }
    }

    @Test
    void operationsAndBytesAreMeasured() throws Exception {
        try (TestServer server = TestServer.builder().env("DATA_DIR", dataDir.toString()).start()) {
            BlobStore blobs = server.platform().blobs();
            blobs.put(BlobKey.of("m/1"), new ByteArrayInputStream(new byte[1000]), BlobStore.UNKNOWN_LENGTH, "application/octet-stream");
            try (Blob blob = blobs.open(BlobKey.of("m/1")).orElseThrow(); InputStream content = blob.content()) {
                content.readNBytes(400);
            }
            blobs.delete(BlobKey.of("m/1"));
            try {
                blobs.put(BlobKey.of("m/2"), new ByteArrayInputStream(new byte[10]), 11, "application/octet-stream");
            } catch (BlobStoreException expected) {
                // the failure is what is measured
            }

            String metrics = Http.get(server.uri("/metrics")).body();
            List<String> lines = metrics.lines().filter(line -> line.startsWith("storage_")).toList();
            assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("storage_bytes_total{direction=\"in\"} 1000"));
            assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("storage_bytes_total{direction=\"out\"} 400"));
            assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("storage_operations_seconds_count{operation=\"put\",outcome=\"success\"} 1"));
            assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("storage_operations_seconds_count{operation=\"put\",outcome=\"failure\"} 1"));
            assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("storage_operations_seconds_count{operation=\"delete\",outcome=\"success\"} 1"));
        }
    }
}
