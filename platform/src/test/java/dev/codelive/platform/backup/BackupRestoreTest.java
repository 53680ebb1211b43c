package dev.codelive.platform.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codelive.platform.auth.User;
import dev.codelive.platform.config.Environment;
import dev.codelive.platform.config.ServerConfig;
import dev.codelive.platform.db.Database;
import dev.codelive.platform.storage.Blob;
import dev.codelive.platform.storage.BlobKey;
import dev.codelive.platform.storage.BlobStore;
import dev.codelive.platform.storage.BlobStores;
import dev.codelive.platform.testing.Http;
import dev.codelive.platform.testing.Json;
import dev.codelive.platform.testing.TestDatabase;
import dev.codelive.platform.testing.TestDatabase.Kind;
import dev.codelive.platform.testing.TestServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Backup → wipe → restore gives back the same users, working tokens and blobs, on H2 and on PostgreSQL. */
@ParameterizedClass
@EnumSource(Kind.class)
class BackupRestoreTest {
    private static final String PASSWORD = "correct horse battery";

    private final Kind kind;
    private TestDatabase database;
    private Map<String, String> env;
    @TempDir
    Path elsewhere;

    BackupRestoreTest(Kind kind) {
        this.kind = kind;
    }

    @BeforeEach
    void freshDatabase() {
        database = TestDatabase.create(kind);
        env = database.env();
    }

    @AfterEach
    void dropDatabase() {
        database.close();
    }

    @Test
    void backupWipeRestoreGivesBackTheSameUsersTokensAndBlobs() throws Exception {
        Map<String, String> tokens = new LinkedHashMap<>();
        Map<BlobKey, String> blobs;
        List<User> users;
        Path archive;
        try (TestServer server = server()) {
            tokens.put("ada@example.com", signup(server, "ada@example.com"));
            tokens.put("grace@example.com", signup(server, "grace@example.com"));
            blobs = putBlobs(server.platform().blobs());
            users = server.platform().users().list(0, 100);

            Backups.Created created = backups(server).create();
            assertThat(created.blobs()).isEqualTo(blobs.size());
            assertThat(created.archive().getFileName().toString()).matches("codelive-backup-\\d{8}T\\d{6}Z\\.zip");
            assertThat(created.schemaVersion()).isEqualTo(server.platform().schema().version());
            archive = Files.copy(created.archive(), elsewhere.resolve("backup.zip"));
        }

        wipe();
        try (Offline target = new Offline(env)) {
            assertThat(target.dump().tableCount()).isZero();
            Backups.Restored restored = target.backups().restore(archive, false);
            assertThat(restored.blobs()).isEqualTo(blobs.size());
            assertThat(restored.manifest().databaseVendor()).isEqualTo(kind == Kind.H2 ? "h2" : "postgresql");
            assertThat(restored.manifest().appVersion()).isEqualTo("test-version");
        }

        try (TestServer server = server()) {
            for (Map.Entry<String, String> token : tokens.entrySet()) {
                HttpResponse<String> me = Http.get(server.uri("/api/me"), "Authorization", "Bearer " + token.getValue());
                assertThat(me.statusCode()).as("the token of " + token.getKey() + " still authenticates").isEqualTo(200);
                assertThat(Json.parse(me.body()).path("email").asText()).isEqualTo(token.getKey());
            }
            assertThat(server.platform().users().list(0, 100)).isEqualTo(users);
            assertThat(login(server, "ada@example.com").statusCode()).as("passwords survive too").isEqualTo(200);
            assertThat(contents(server.platform().blobs())).isEqualTo(blobs);
            assertThat(server.platform().blobs().stat(BlobKey.of("covers/1.png")).orElseThrow().contentType()).isEqualTo("image/png");
        }
    }

    @Test
    void aCorruptedArchiveIsRefusedBeforeAnythingIsTouched() throws Exception {
        Path archive;
        try (TestServer server = server()) {
            signup(server, "ada@example.com");
            putBlobs(server.platform().blobs());
            archive = Files.copy(backups(server).create().archive(), elsewhere.resolve("backup.zip"));
        }
        Path corrupted = Files.copy(archive, elsewhere.resolve("corrupted.zip"));
        flipByte(corrupted, Files.size(corrupted) / 2);
        Path truncated = elsewhere.resolve("truncated.zip");
        Files.write(truncated, Arrays.copyOf(Files.readAllBytes(archive), (int) Files.size(archive) - 100));

        wipe();
        try (Offline target = new Offline(env)) {
            assertThatThrownBy(() -> target.backups().restore(corrupted, false))
                    .isInstanceOf(BackupException.class)
                    .hasMessageContaining(corrupted + " is corrupt")
                    .hasMessageContaining("nothing was restored");
            assertThatThrownBy(() -> target.backups().restore(truncated, false))
                    .isInstanceOf(BackupException.class)
                    .hasMessageContaining("is not a readable archive");
            assertThatThrownBy(() -> target.backups().restore(elsewhere.resolve("missing.zip"), false))
                    .isInstanceOf(BackupException.class)
                    .hasMessageContaining("missing.zip");

            assertThat(target.dump().tableCount()).as("no table was created").isZero();
            assertThat(target.blobs().list("", "", 10).items()).as("no blob was written").isEmpty();

            target.backups().restore(archive, false);
            assertThat(target.dump().tableCount()).isPositive();
        }
    }

    @Test
    void aNonEmptyTargetIsRefusedUnlessForced() throws Exception {
        Path archive;
        String adaToken;
        try (TestServer server = server()) {
            adaToken = signup(server, "ada@example.com");
            putBlobs(server.platform().blobs());
            archive = Files.copy(backups(server).create().archive(), elsewhere.resolve("backup.zip"));
            signup(server, "later@example.com");
            server.platform().blobs().put(BlobKey.of("later"), new ByteArrayInputStream(new byte[] {1}), 1, "application/octet-stream");
        }

        try (Offline target = new Offline(env)) {
            int tables = target.dump().tableCount();
            assertThatThrownBy(() -> target.backups().restore(archive, false))
                    .isInstanceOf(BackupException.class)
                    .hasMessageContaining("the restore target is not empty")
                    .hasMessageContaining("--force");
            assertThat(target.dump().tableCount()).isEqualTo(tables);
            assertThat(target.blobs().exists(BlobKey.of("later"))).isTrue();

            target.backups().restore(archive, true);
        }

        try (TestServer server = server()) {
            assertThat(Http.get(server.uri("/api/me"), "Authorization", "Bearer " + adaToken).statusCode()).isEqualTo(200);
            assertThat(login(server, "later@example.com").statusCode()).as("the account made after the backup is gone").isEqualTo(401);
            assertThat(server.platform().blobs().exists(BlobKey.of("later"))).isFalse();
            assertThat(server.platform().blobs().exists(BlobKey.of("tracks/1/master.flac"))).isTrue();
        }
    }

    @Test
    void anArchiveFromAnotherSchemaOrEngineIsRefused() throws Exception {
        Path archive;
        try (TestServer server = server()) {
            archive = Files.copy(backups(server).create().archive(), elsewhere.resolve("backup.zip"));
        }
        wipe();
        Map<String, String> otherSchema = new LinkedHashMap<>(env);
        otherSchema.put("DATABASE_SCHEMA", "other_schema");
        if (kind == Kind.POSTGRESQL) {
            try (Offline target = new Offline(otherSchema)) {
                assertThatThrownBy(() -> target.backups().restore(archive, false))
                        .isInstanceOf(BackupException.class)
                        .hasMessageContaining("set DATABASE_SCHEMA=" + database.settings().schema());
            }
        } else {
            try (TestDatabase postgres = TestDatabase.create(Kind.POSTGRESQL); Offline target = new Offline(postgres.env())) {
                assertThatThrownBy(() -> target.backups().restore(archive, false))
                        .isInstanceOf(BackupException.class)
                        .hasMessageContaining("holds a h2 database; this server uses postgresql");
                assertThat(target.dump().tableCount()).isZero();
            }
        }
    }

    private TestServer server() {
        return TestServer.builder().env(env).unthrottled().start();
    }

    private static Backups backups(TestServer server) {
        return new Backups(server.platform().database(), server.platform().config().database(), server.platform().blobs(),
                server.platform().config().dataDir().resolve("backups"), "test-version", Clock.systemUTC());
    }

    /** Everything of the old installation goes: the data directory (H2 file, blobs, backups) and the database schema. */
    private void wipe() throws IOException {
        Path dataDir = Path.of(env.get("DATA_DIR"));
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                if (!file.equals(dataDir)) {
                    Files.delete(file);
                }
            }
        }
        if (kind == Kind.POSTGRESQL) {
            try (Offline target = new Offline(env)) {
                target.dump().wipe();
                target.database().jdbi().useHandle(handle -> handle.execute("DROP SCHEMA " + database.settings().schema() + " CASCADE"));
            }
        }
    }

    private static String signup(TestServer server, String email) {
        HttpResponse<String> response = Http.postJson(server.uri("/api/auth/signup"), "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Json.parse(response.body()).path("token").asText();
    }

    private static HttpResponse<String> login(TestServer server, String email) {
        return Http.postJson(server.uri("/api/auth/login"), "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}");
    }

    private static Map<BlobKey, String> putBlobs(BlobStore blobs) throws IOException {
        byte[] audio = new byte[3 * 1024 * 1024 + 17];
        new Random(42).nextBytes(audio);
        blobs.put(BlobKey.of("tracks/1/master.flac"), new ByteArrayInputStream(audio), audio.length, "audio/flac");
        blobs.put(BlobKey.of("covers/1.png"), new ByteArrayInputStream("png bytes".getBytes()), BlobStore.UNKNOWN_LENGTH, "image/png");
        blobs.put(BlobKey.of("empty"), InputStream.nullInputStream(), 0, "application/octet-stream");
        return contents(blobs);
    }

    private static Map<BlobKey, String> contents(BlobStore blobs) throws IOException {
        Map<BlobKey, String> contents = new LinkedHashMap<>();
        for (BlobKey key : blobs.stream("").map(summary -> summary.key()).toList()) {
            try (Blob blob = blobs.open(key).orElseThrow()) {
                contents.put(key, sha256(blob.content().readAllBytes()));
            }
        }
        return contents;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void flipByte(Path file, long position) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(position);
            int b = raf.read();
            raf.seek(position);
            raf.write(b ^ 0x5a);
        }
    }

    /** The database and blob store of an installation whose server is not running, as the CLI sees them. */
    private record Offline(Database database, BlobStore blobs, Backups backups, DatabaseDump dump) implements AutoCloseable {
        Offline(Map<String, String> env) {
            this(ServerConfig.from(new Environment(env)));
        }

        private Offline(ServerConfig config) {
            this(Database.open(config.database(), new SimpleMeterRegistry()), BlobStores.open(config), config);
        }

        private Offline(Database database, BlobStore blobs, ServerConfig config) {
            this(database, blobs, new Backups(database, config.database(), blobs, config.dataDir().resolve("backups"), "test-version",
                    Clock.systemUTC()), DatabaseDump.of(config.database(), database.jdbi()));
        }

        @Override
        public void close() {
            blobs.close();
            database.close();
        }
    }
}
