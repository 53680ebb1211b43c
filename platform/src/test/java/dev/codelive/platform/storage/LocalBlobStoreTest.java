package dev.codelive.platform.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The blob contract on local files, plus what only files can get wrong: layout, leftovers, an unusable directory. */
class LocalBlobStoreTest extends BlobStoreContract {
    @TempDir
    Path dataDir;

    private Path root() {
        return dataDir.resolve("blobs");
    }

    @Override
    protected BlobStore createStore() {
        return new LocalBlobStore(root());
    }

    /** Anything but published blob files and the directories holding them; empty directories count, too. */
    @Override
    protected List<String> leftovers() throws IOException {
        try (Stream<Path> files = Files.walk(root())) {
            return files.filter(path -> !path.equals(root()) && !path.equals(root().resolve(".tmp")))
                    .filter(path -> Files.isDirectory(path) ? isEmpty(path) : !path.toString().endsWith(LocalBlobStore.SUFFIX))
                    .map(path -> root().relativize(path).toString())
                    .toList();
        }
    }

    @Test
    void aBlobIsOneFileNamedAfterItsKeyBesideTheDirectoriesOfLongerKeys() throws IOException {
        store.put(BlobKey.of("a"), text("short"), BlobStore.UNKNOWN_LENGTH, "text/plain");
        store.put(BlobKey.of("a/b"), text("long"), BlobStore.UNKNOWN_LENGTH, "text/plain");

        assertThat(root().resolve("a.~blob")).isRegularFile();
        assertThat(root().resolve("a").resolve("b.~blob")).isRegularFile();
        assertThat(new String(read(BlobKey.of("a")))).isEqualTo("short");
        assertThat(new String(read(BlobKey.of("a/b")))).isEqualTo("long");
    }

    @Test
    void aBlobDirectoryThatIsARegularFileIsAClearErrorNotACrash() throws IOException {
        Path notADirectory = dataDir.resolve("occupied");
        Files.writeString(notADirectory, "someone else's file");

        try (LocalBlobStore broken = new LocalBlobStore(notADirectory)) {
            assertThatThrownBy(() -> broken.put(BlobKey.of("x"), text("x"), BlobStore.UNKNOWN_LENGTH, "text/plain"))
                    .isInstanceOf(BlobStoreException.class)
                    .hasMessageContaining("cannot store blob 'x'")
                    .hasMessageContaining(notADirectory + "/.tmp: not a directory");
            assertThatThrownBy(broken::checkWritable)
                    .isInstanceOf(BlobStoreException.class)
                    .hasMessageContaining("is not writable")
                    .hasMessageContaining("not a directory");
            assertThatThrownBy(() -> broken.open(BlobKey.of("x")))
                    .isInstanceOf(BlobStoreException.class)
                    .hasMessageContaining("cannot read blob 'x'")
                    .hasMessageContaining("not a directory");
        }
        assertThat(Files.readString(notADirectory)).isEqualTo("someone else's file");
    }

    @Test
    void storageThatBecomesUnwritableFailsPutsClearlyAndExposesNoPartialBlob() throws IOException {
        BlobKey key = BlobKey.of("tracks/1");
        store.put(key, text("v1"), BlobStore.UNKNOWN_LENGTH, "text/plain");
        // Running as root, permissions would not stop a write; a file where the upload directory must be does.
        Path uploads = root().resolve(".tmp");
        Files.delete(uploads);
        Files.writeString(uploads, "in the way");

        assertThatThrownBy(() -> store.put(key, new GeneratedStream(1024 * 1024, 1), BlobStore.UNKNOWN_LENGTH, "text/plain"))
                .isInstanceOf(BlobStoreException.class)
                .hasMessageContaining(uploads + " is not a directory");
        assertThatThrownBy(store::checkWritable).isInstanceOf(BlobStoreException.class).hasMessageContaining("is not writable");
        assertThat(new String(read(key))).isEqualTo("v1");

        Files.delete(uploads);
        store.checkWritable();
        store.put(key, text("v2"), BlobStore.UNKNOWN_LENGTH, "text/plain");
        assertThat(new String(read(key))).isEqualTo("v2");
    }

    @Test
    void aFullDiskFailsThePutWithTheReasonAndLeavesNoPartialBlob() throws Exception {
        Path small = Files.createDirectories(dataDir.resolve("small"));
        try (SmallFilesystem filesystem = SmallFilesystem.mount(small, "1m")) {
            try (LocalBlobStore full = new LocalBlobStore(small.resolve("blobs"))) {
                BlobKey kept = BlobKey.of("kept");
                full.put(kept, new GeneratedStream(300 * 1024, 1), BlobStore.UNKNOWN_LENGTH, "application/octet-stream");

                assertThatThrownBy(() -> full.put(kept, new GeneratedStream(2 * 1024 * 1024, 2), BlobStore.UNKNOWN_LENGTH, "application/octet-stream"))
                        .isInstanceOf(BlobStoreException.class)
                        .hasMessageContaining("cannot store blob 'kept'")
                        .hasMessageContaining("No space left on device");

                assertThat(full.stat(kept).orElseThrow().size()).as("the old value stays").isEqualTo(300 * 1024);
                try (Stream<Path> uploads = Files.list(small.resolve("blobs").resolve(".tmp"))) {
                    assertThat(uploads).as("the partial upload is gone, and its space with it").isEmpty();
                }
                full.checkWritable();
                full.put(BlobKey.of("small"), text("fits"), BlobStore.UNKNOWN_LENGTH, "text/plain");
            }
        }
    }

    @Test
    void uploadsAbandonedByAnEarlierProcessAreRemovedAtStartYoungOnesAreLeftAlone() throws IOException {
        store.put(BlobKey.of("kept"), text("kept"), BlobStore.UNKNOWN_LENGTH, "text/plain");
        Path stale = Files.writeString(root().resolve(".tmp").resolve("dead.part"), "half an upload");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path staleProbe = Files.writeString(root().resolve(".probe-dead"), "probe");
        Files.setLastModifiedTime(staleProbe, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path inFlight = Files.writeString(root().resolve(".tmp").resolve("busy.part"), "another process is writing");

        new LocalBlobStore(root()).close();

        assertThat(stale).doesNotExist();
        assertThat(staleProbe).doesNotExist();
        assertThat(inFlight).exists();
        assertThat(new String(read(BlobKey.of("kept")))).isEqualTo("kept");
    }

    @Test
    void aSymlinkPlantedInTheTreeCannotCarryWritesOutsideIt() throws IOException {
        Path outside = Files.createDirectories(dataDir.resolve("outside"));
        Files.createDirectories(root());
        Files.createSymbolicLink(root().resolve("escape"), outside);

        assertThatThrownBy(() -> store.put(BlobKey.of("escape/x"), text("x"), BlobStore.UNKNOWN_LENGTH, "text/plain"))
                .isInstanceOf(BlobStoreException.class)
                .hasMessageContaining("outside the blob directory");
        try (Stream<Path> files = Files.list(outside)) {
            assertThat(files).isEmpty();
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
