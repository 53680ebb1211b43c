package dev.codelive.platform.backup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codelive.platform.db.Database;
import dev.codelive.platform.storage.LocalBlobStore;
import dev.codelive.platform.testing.TestDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Retention deletes archives past their age, by the time in their name, and nothing else. */
class BackupRetentionTest {
    private static final Instant NOW = Instant.parse("2026-03-20T04:00:00Z");

    @TempDir
    Path dir;

    @Test
    void onlyArchivesOlderThanTheRetentionAreDeleted() throws Exception {
        Path old = touch("codelive-backup-20260301T030000Z.zip");
        Path oldSecond = touch("codelive-backup-20260301T030000Z-2.zip");
        Path justOld = touch("codelive-backup-20260313T035959Z.zip");
        Path justKept = touch("codelive-backup-20260313T040001Z.zip");
        Path recent = touch("codelive-backup-20260319T030000Z.zip");
        Path notOurs = touch("holiday-photos.zip");
        Path odd = touch("codelive-backup-latest.zip");
        Path abandoned = touch(".codelive-backup-1234.partial");
        Files.setLastModifiedTime(abandoned, FileTime.from(NOW.minus(Duration.ofDays(2))));
        Path inProgress = touch(".codelive-backup-5678.partial");
        Files.setLastModifiedTime(inProgress, FileTime.from(NOW.minus(Duration.ofMinutes(5))));
        // Modification times say nothing: a copied archive is new on disk but old by its name.
        Files.setLastModifiedTime(old, FileTime.from(NOW));

        try (TestDatabase testDatabase = TestDatabase.create(TestDatabase.Kind.H2);
             Database database = Database.open(testDatabase.settings(), new SimpleMeterRegistry());
             LocalBlobStore blobs = new LocalBlobStore(dir.resolve("blobs"))) {
            Backups backups = new Backups(database, testDatabase.settings(), blobs, dir, "test", Clock.fixed(NOW, ZoneOffset.UTC));

            assertThat(backups.prune(7)).containsExactlyInAnyOrder(old, oldSecond, justOld);
            assertThat(backups.archives()).containsExactly(justKept, recent);
        }
        assertThat(notOurs).exists();
        assertThat(odd).exists();
        assertThat(abandoned).doesNotExist();
        assertThat(inProgress).exists();
    }

    private Path touch(String name) throws Exception {
        return Files.writeString(dir.resolve(name), name);
    }
}
