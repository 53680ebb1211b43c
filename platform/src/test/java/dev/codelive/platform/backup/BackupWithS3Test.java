package dev.codelive.platform.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codelive.platform.config.Environment;
import dev.codelive.platform.config.ServerConfig;
import dev.codelive.platform.db.Database;
import dev.codelive.platform.storage.Blob;
import dev.codelive.platform.storage.BlobKey;
import dev.codelive.platform.storage.BlobStore;
import dev.codelive.platform.storage.BlobStores;
import dev.codelive.platform.testing.Http;
import dev.codelive.platform.testing.Json;
import dev.codelive.platform.testing.TestS3;
import dev.codelive.platform.testing.TestServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Blobs in S3 are backed up through the same interface, and restored into another, empty bucket. */
class BackupWithS3Test {
    @TempDir
    Path source;
    @TempDir
    Path target;

    @Test
    void blobsFromOneBucketAreRestoredIntoAnEmptyOne() throws Exception {
        byte[] audio = new byte[2 * 1024 * 1024];
        new Random(7).nextBytes(audio);
        try (TestS3 s3 = TestS3.start()) {
            String first = s3.newBucket();
            Map<String, String> sourceEnv = env(source, s3.env(first));
            Path archive;
            String token;
            try (TestServer server = TestServer.builder().env(sourceEnv).start()) {
                token = Json.parse(Http.postJson(server.uri("/api/auth/signup"),
                        "{\"email\":\"ada@example.com\",\"password\":\"correct horse battery\"}").body()).path("token").asText();
                server.platform().blobs().put(BlobKey.of("tracks/1/master.flac"), new ByteArrayInputStream(audio), audio.length, "audio/flac");
                archive = new Backups(server.platform().database(), server.platform().config().database(), server.platform().blobs(),
                        source.resolve("backups"), "test-version", Clock.systemUTC()).create().archive();
            }

            String second = s3.newBucket();
            Map<String, String> targetEnv = env(target, s3.env(second));
            ServerConfig config = ServerConfig.from(new Environment(targetEnv));
            try (Database database = Database.open(config.database(), new SimpleMeterRegistry()); BlobStore blobs = BlobStores.open(config)) {
                Backups backups = new Backups(database, config.database(), blobs, target.resolve("backups"), "test-version", Clock.systemUTC());
                Map<String, String> nonEmpty = env(target, s3.env(first));
                try (BlobStore full = BlobStores.open(ServerConfig.from(new Environment(nonEmpty)))) {
                    Backups intoFullBucket = new Backups(database, config.database(), full, target.resolve("backups"), "test-version", Clock.systemUTC());
                    assertThatThrownBy(() -> intoFullBucket.restore(archive, false))
                            .isInstanceOf(BackupException.class)
                            .hasMessageContaining("blob storage (s3 bucket '" + first + "'");
                }
                assertThat(backups.restore(archive, false).blobs()).isEqualTo(1);
            }

            try (TestServer server = TestServer.builder().env(targetEnv).start()) {
                assertThat(Http.get(server.uri("/api/me"), "Authorization", "Bearer " + token).statusCode()).isEqualTo(200);
                try (Blob blob = server.platform().blobs().open(BlobKey.of("tracks/1/master.flac")).orElseThrow()) {
                    assertThat(blob.info().contentType()).isEqualTo("audio/flac");
                    assertThat(blob.content().readAllBytes()).isEqualTo(audio);
                }
            }
            assertThat(s3.rawKeys(second)).containsExactly("tracks/1/master.flac");
        }
    }

    private static Map<String, String> env(Path dataDir, Map<String, String> s3) {
        Map<String, String> env = new HashMap<>(s3);
        env.put("DATA_DIR", dataDir.toString());
        return env;
    }
}
