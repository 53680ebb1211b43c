package dev.codelive.platform.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codelive.platform.config.S3Settings;
import dev.codelive.platform.testing.TestS3;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The blob contract against a real S3 protocol server (s3proxy in this JVM), plus S3's own failure modes. */
class S3BlobStoreTest extends BlobStoreContract {
    private static TestS3 s3;

    @TempDir
    Path spoolDir;
    private String bucket;

    @BeforeAll
    static void startS3() {
        s3 = TestS3.start();
    }

    @AfterAll
    static void stopS3() {
        s3.close();
    }

    @Override
    protected BlobStore createStore() {
        bucket = s3.newBucket();
        return S3BlobStore.connect(settings(s3.endpoint(), bucket, TestS3.SECRET_KEY), spoolDir);
    }

    /** Objects no blob key can name (probes, stray uploads) and uploads still spooled on local disk. */
    @Override
    protected List<String> leftovers() throws IOException {
        List<String> leftovers = new ArrayList<>(s3.rawKeys(bucket).stream().filter(key -> !BlobKey.isValid(key)).toList());
        try (Stream<Path> spooled = Files.list(spoolDir)) {
            spooled.forEach(file -> leftovers.add("spool: " + file.getFileName()));
        }
        return leftovers;
    }

    @Test
    void aWrongSecretIsReportedWithoutRevealingIt() {
        String wrongSecret = "not-the-secret-but-still-a-secret";
        try (BlobStore wrong = S3BlobStore.connect(settings(s3.endpoint(), bucket, wrongSecret), spoolDir)) {
            assertThatThrownBy(wrong::checkWritable)
                    .isInstanceOf(BlobStoreException.class)
                    .hasMessageContaining("S3 bucket '" + bucket + "'")
                    .hasMessageContaining("is not writable")
                    .hasMessageContaining("403")
                    .hasMessageNotContaining(wrongSecret)
                    .hasMessageNotContaining(TestS3.SECRET_KEY);
            assertThatThrownBy(() -> wrong.put(BlobKey.of("x"), text("x"), BlobStore.UNKNOWN_LENGTH, "text/plain"))
                    .isInstanceOf(BlobStoreException.class)
                    .hasMessageContaining("S3 PutObject of blob 'x'");
        }
        assertThat(s3.rawKeys(bucket)).isEmpty();
    }

    @Test
    void aMissingBucketFailsTheProbeNamingTheBucket() {
        try (BlobStore missing = S3BlobStore.connect(settings(s3.endpoint(), "no-such-bucket", TestS3.SECRET_KEY), spoolDir)) {
            assertThatThrownBy(missing::checkWritable)
                    .isInstanceOf(BlobStoreException.class)
                    .hasMessageContaining("S3 bucket 'no-such-bucket'")
                    .hasMessageContaining("NoSuchBucket");
        }
    }

    @Test
    void anUnreachableEndpointIsAClearErrorAndTheSpoolIsCleaned() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        URI nowhere = URI.create("http://127.0.0.1:" + closedPort);
        try (BlobStore unreachable = S3BlobStore.connect(settings(nowhere, bucket, TestS3.SECRET_KEY), spoolDir)) {
            assertThatThrownBy(() -> unreachable.put(BlobKey.of("x"), text("x"), BlobStore.UNKNOWN_LENGTH, "text/plain"))
                    .isInstanceOf(BlobStoreException.class)
                    .hasMessageContaining("at " + nowhere);
        }
        assertThat(leftovers()).isEmpty();
    }

    private static S3Settings settings(URI endpoint, String bucket, String secret) {
        return new S3Settings(endpoint, bucket, TestS3.ACCESS_KEY, secret, TestS3.REGION, true);
    }
}
