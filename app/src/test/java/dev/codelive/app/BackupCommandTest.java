package dev.codelive.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codelive.platform.storage.BlobKey;
import dev.codelive.platform.storage.BlobStore;
import dev.codelive.platform.storage.LocalBlobStore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code codelive backup} and {@code codelive restore} as an operator runs them, on the embedded database. */
class BackupCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    @TempDir
    Path work;

    private int run(Path dataDir, String... args) {
        out.reset();
        err.reset();
        return Main.run(args, Map.of("DATA_DIR", dataDir.toString()), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void backupThenRestoreIntoAnEmptyDataDirectory() throws Exception {
        Path source = Files.createDirectories(work.resolve("source"));
        assertThat(run(source, "migrate")).isZero();
        String schema = output().replaceAll("(?s).*schema version (\\S+),.*", "$1");
        try (BlobStore blobs = new LocalBlobStore(source.resolve("blobs"))) {
            blobs.put(BlobKey.of("covers/1.png"), new ByteArrayInputStream(new byte[] {1, 2, 3}), 3, "image/png");
        }

        assertThat(run(source, "backup")).as(errors()).isZero();
        Matcher written = Pattern.compile("backup written: (\\S+) \\((\\d+) bytes, 1 blobs, schema version " + schema + "\\)").matcher(output());
        assertThat(written.find()).as(output()).isTrue();
        Path archive = Path.of(written.group(1));
        assertThat(archive.getParent()).isEqualTo(source.resolve("backups"));

        Path target = work.resolve("target");
        assertThat(run(target, "restore", archive.toString())).as(errors()).isZero();
        assertThat(output()).contains("restored " + archive, "schema version " + schema, "1 blobs");
        assertThat(run(target, "migrate", "--status")).isZero();
        assertThat(output()).contains("schema version " + schema + ", 0 pending");
        try (BlobStore blobs = new LocalBlobStore(target.resolve("blobs"))) {
            assertThat(blobs.stat(BlobKey.of("covers/1.png"))).hasValueSatisfying(info -> assertThat(info.size()).isEqualTo(3));
        }

        assertThat(run(target, "restore", archive.toString())).isEqualTo(1);
        assertThat(errors()).contains("the restore target is not empty", "--force");
        assertThat(run(target, "restore", archive.toString(), "--force")).as(errors()).isZero();
    }

    @Test
    void restoreNeedsAnArchiveAndRefusesOneThatIsNot() throws Exception {
        Path dataDir = work.resolve("data");
        assertThat(run(dataDir, "restore")).isEqualTo(Main.USAGE);
        assertThat(errors()).contains("usage: codelive restore ARCHIVE [--force]");
        assertThat(run(dataDir, "restore", "a.zip", "--yes")).isEqualTo(Main.USAGE);

        Path notAnArchive = Files.writeString(work.resolve("notes.zip"), "just text");
        assertThat(run(dataDir, "restore", notAnArchive.toString())).isEqualTo(1);
        assertThat(errors()).contains(notAnArchive + " is not a readable archive");
    }
}
