package dev.codelive.platform.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Blobs as files under one directory ({@code DATA_DIR/blobs}).
 *
 * <p>Layout: the blob {@code tracks/42/master.flac} is the file {@code tracks/42/master.flac.~blob}, which holds a
 * {@link LocalBlobHeader} and then the content. The suffix has a character that keys cannot contain, so a key's file
 * never collides with the directory of a longer key ({@code a} and {@code a/b} can both exist, as in S3). Uploads are
 * written to {@code .tmp/}, synced, and renamed into place atomically; names starting with a dot are invisible to
 * every key, so a half-written upload can never be read or listed.
 */
public final class LocalBlobStore implements BlobStore {
    private static final Logger LOG = LoggerFactory.getLogger(LocalBlobStore.class);
    static final String SUFFIX = ".~blob";
    private static final String TEMP_DIR = ".tmp";
    private static final String PROBE_PREFIX = ".probe-";
    /** A concurrent delete may remove an emptied parent directory between our mkdir and our rename. */
    private static final int PUBLISH_ATTEMPTS = 3;

    private final Path root;
    private final Path tempDir;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /**
     * Uses {@code root}, creating it if needed and removing stale uploads. A root that cannot be created does not stop
     * the store from being built: puts and {@link #checkWritable()} then fail with the reason, so readiness shows it.
     */
    public LocalBlobStore(Path root, Clock clock) {
        this.root = root.toAbsolutePath().normalize();
        this.tempDir = this.root.resolve(TEMP_DIR);
        this.clock = clock;
        try {
            Files.createDirectories(tempDir);
            removeStaleFiles();
        } catch (IOException e) {
            LOG.warn("blob storage at {} is not usable: {}", this.root, describe(e));
        } catch (DirectoryIteratorException e) {
            LOG.warn("blob storage at {} is not usable: {}", this.root, describe(e.getCause()));
        }
    }

    public LocalBlobStore(Path root) {
        this(root, Clock.systemUTC());
    }

    public Path root() {
        return root;
    }

    @Override
    public BlobInfo put(BlobKey key, InputStream content, long length, String contentType) {
        Uploads.checkRequest(content, length, contentType);
        Path target = pathOf(key);
        Path temp = null;
        try {
            Files.createDirectories(tempDir);
            temp = tempDir.resolve(UUID.randomUUID() + ".part");
            LocalBlobHeader header;
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                channel.position(LocalBlobHeader.BYTES);
                Uploads.Copied copied = Uploads.copy(key, content, length, Channels.newOutputStream(channel));
                header = new LocalBlobHeader(copied.size(), copied.sha256(), contentType, clock.instant());
                header.writeTo(channel);
                // Durable before it becomes visible: after a crash a published blob is complete, not a hole.
                channel.force(true);
            }
            Files.setLastModifiedTime(temp, FileTime.from(header.created()));
            publish(key, temp, target);
            temp = null;
            return new BlobInfo(key, header.size(), Optional.of(header.sha256()), header.sha256(), contentType, header.created());
        } catch (IOException e) {
            throw new BlobStoreException("cannot store blob '" + key + "' in " + root + ": " + describe(e), e);
        } finally {
            if (temp != null) {
                deleteQuietly(temp);
            }
        }
    }

    private void publish(BlobKey key, Path temp, Path target) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                checkInsideRoot(key, target.getParent());
                Files.createDirectories(target.getParent());
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                syncDirectory(target.getParent());
                return;
            } catch (NoSuchFileException e) {
                if (attempt == PUBLISH_ATTEMPTS || !Files.exists(temp)) {
                    throw e;
                }
            }
        }
    }

    /** Keys cannot climb out of the root, but a symbolic link planted in the tree could; writes never follow one out. */
    private void checkInsideRoot(BlobKey key, Path dir) throws IOException {
        Path existing = dir;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !existing.toRealPath().startsWith(root.toRealPath())) {
            throw new BlobStoreException("blob key '" + key + "' resolves outside the blob directory " + root + " through a symbolic link");
        }
    }

    @Override
    public Optional<Blob> open(BlobKey key) {
        return open(key, 0);
    }

    @Override
    public Optional<Blob> open(BlobKey key, long offset) {
        BlobStore.requireOffset(offset);
        Path file = pathOf(key);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
            LocalBlobHeader header = LocalBlobHeader.readFrom(channel, file);
            channel.position(LocalBlobHeader.BYTES + Math.min(offset, header.size()));
            Blob blob = new Blob(info(key, header), Channels.newInputStream(channel));
            channel = null;
            return Optional.of(blob);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new BlobStoreException("cannot read blob '" + key + "' in " + root + ": " + describe(e), e);
        } finally {
            closeQuietly(channel);
        }
    }

    @Override
    public Optional<BlobInfo> stat(BlobKey key) {
        Path file = pathOf(key);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of(info(key, LocalBlobHeader.readFrom(channel, file)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new BlobStoreException("cannot read blob '" + key + "' in " + root + ": " + describe(e), e);
        }
    }

    @Override
    public void delete(BlobKey key) {
        Path file = pathOf(key);
        try {
            if (Files.deleteIfExists(file)) {
                removeEmptyParents(file.getParent());
            }
        } catch (IOException e) {
            throw new BlobStoreException("cannot delete blob '" + key + "' in " + root + ": " + describe(e), e);
        }
    }

    @Override
    public BlobPage list(String prefix, String after, int limit) {
        BlobKey.checkPrefix(prefix);
        if (limit < 1 || limit > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_PAGE_SIZE + ", got " + limit);
        }
        List<BlobSummary> found = new ArrayList<>();
        try {
            if (Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
                walk(root, "", prefix, after == null ? "" : after, limit + 1, found);
            }
        } catch (IOException e) {
            throw new BlobStoreException("cannot list blobs in " + root + ": " + describe(e), e);
        } catch (DirectoryIteratorException e) {
            throw new BlobStoreException("cannot list blobs in " + root + ": " + describe(e.getCause()), e.getCause());
        }
        if (found.size() <= limit) {
            return new BlobPage(found, Optional.empty());
        }
        List<BlobSummary> page = found.subList(0, limit);
        return new BlobPage(page, Optional.of(page.getLast().key().value()));
    }

    /** One directory entry as the listing sees it: its name within the key space ({@code seg} or {@code seg/}). */
    private record Entry(String name, Path path, BasicFileAttributes attributes) {}

    /**
     * Depth-first, children in key order: sorting a directory as its name plus {@code /} makes the walk visit keys in
     * exactly the string order of S3 listings. Subtrees wholly before {@code after} or outside {@code prefix} are skipped,
     * so a page costs about its own size, not the whole tree.
     *
     * @return true once {@code wanted} entries were found
     */
    private boolean walk(Path dir, String dirKey, String prefix, String after, int wanted, List<BlobSummary> found) throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (DirectoryStream<Path> children = Files.newDirectoryStream(dir)) {
            for (Path child : children) {
                String fileName = child.getFileName().toString();
                if (fileName.startsWith(".")) {
                    continue;
                }
                BasicFileAttributes attributes;
                try {
                    attributes = Files.readAttributes(child, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                } catch (NoSuchFileException e) {
                    continue; // deleted while we looked
                }
                if (attributes.isDirectory() && BlobKey.isValid(fileName)) {
                    entries.add(new Entry(fileName + "/", child, attributes));
                } else if (attributes.isRegularFile() && fileName.endsWith(SUFFIX)) {
                    String segment = fileName.substring(0, fileName.length() - SUFFIX.length());
                    if (BlobKey.isValid(segment)) {
                        entries.add(new Entry(segment, child, attributes));
                    }
                }
            }
        }
        entries.sort(Comparator.comparing(Entry::name));
        for (Entry entry : entries) {
            String key = dirKey + entry.name();
            if (entry.attributes().isDirectory()) {
                boolean overlapsPrefix = key.startsWith(prefix) || prefix.startsWith(key);
                boolean allBeforeAfter = !after.isEmpty() && after.compareTo(key) > 0 && !after.startsWith(key);
                if (overlapsPrefix && !allBeforeAfter && walk(entry.path(), key, prefix, after, wanted, found)) {
                    return true;
                }
            } else if (key.startsWith(prefix) && (after.isEmpty() || key.compareTo(after) > 0)) {
                long size = Math.max(0, entry.attributes().size() - LocalBlobHeader.BYTES);
                found.add(new BlobSummary(BlobKey.of(key), size, entry.attributes().lastModifiedTime().toInstant()));
                if (found.size() >= wanted) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Goes through the same steps as a put: a synced temporary file, an atomic rename into the tree, a read back. */
    @Override
    public void checkWritable() {
        byte[] expected = new byte[32];
        random.nextBytes(expected);
        Path temp = tempDir.resolve("probe-" + UUID.randomUUID() + ".part");
        Path probe = root.resolve(PROBE_PREFIX + UUID.randomUUID());
        Path written = null;
        try {
            Files.createDirectories(tempDir);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                written = temp;
                channel.write(ByteBuffer.wrap(expected));
                channel.force(true);
            }
            Files.move(temp, probe, StandardCopyOption.ATOMIC_MOVE);
            written = probe;
            if (!Arrays.equals(Files.readAllBytes(probe), expected)) {
                throw new BlobStoreException("blob storage at " + root + " returned different bytes than were written");
            }
        } catch (IOException e) {
            throw new BlobStoreException("blob storage at " + root + " is not writable: " + describe(e), e);
        } finally {
            if (written != null) {
                deleteQuietly(written);
            }
        }
    }

    @Override
    public String describe() {
        return "local " + root;
    }

    @Override
    public void close() {
        // Nothing is held open between calls.
    }

    /** The file of {@code key}; the check is redundant with {@link BlobKey}'s rules, and stays as a second lock. */
    Path pathOf(BlobKey key) {
        Path file = root;
        String[] segments = key.segments();
        for (int i = 0; i < segments.length; i++) {
            file = file.resolve(i == segments.length - 1 ? segments[i] + SUFFIX : segments[i]);
        }
        file = file.normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw new IllegalArgumentException("blob key '" + key + "' resolves outside the blob directory");
        }
        return file;
    }

    private BlobInfo info(BlobKey key, LocalBlobHeader header) {
        return new BlobInfo(key, header.size(), Optional.of(header.sha256()), header.sha256(), header.contentType(), header.created());
    }

    private void removeEmptyParents(Path dir) {
        while (dir != null && dir.startsWith(root) && !dir.equals(root)) {
            try {
                Files.delete(dir);
            } catch (DirectoryNotEmptyException | NoSuchFileException e) {
                return;
            } catch (IOException e) {
                LOG.debug("could not remove empty blob directory {}: {}", dir, e.getMessage());
                return;
            }
            dir = dir.getParent();
        }
    }

    private void removeStaleFiles() throws IOException {
        Instant cutoff = clock.instant().minus(Uploads.STALE_AFTER);
        int removed = Uploads.removeOlderThan(tempDir, file -> true, cutoff)
                + Uploads.removeOlderThan(root, file -> file.getFileName().toString().startsWith(PROBE_PREFIX), cutoff);
        if (removed > 0) {
            LOG.info("removed {} unfinished uploads left in {} by an earlier run", removed, root);
        }
    }

    private static void syncDirectory(Path dir) {
        // Makes the rename itself durable. Not every platform can open a directory for this; there it is skipped.
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            LOG.debug("could not sync directory {}: {}", dir, e.getMessage());
        }
    }

    /** A reason an operator can act on: the exceptions for "not a directory" carry only a path as their message. */
    static String describe(IOException e) {
        String file = e instanceof FileSystemException fs && fs.getFile() != null ? fs.getFile() : null;
        if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
            return (file != null ? file : e.getMessage()) + " is not a directory";
        }
        if (e instanceof AccessDeniedException) {
            return (file != null ? file : e.getMessage()) + ": permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return (file != null ? file : e.getMessage()) + ": no such file or directory";
        }
        if (file != null && e instanceof FileSystemException fs && fs.getReason() != null) {
            // "No space left on device", "Read-only file system", "Not a directory", from the operating system
            String reason = fs.getReason();
            return file + ": " + Character.toLowerCase(reason.charAt(0)) + reason.substring(1);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("could not remove temporary blob file {}: {}", file, e.getMessage());
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                LOG.debug("closing a blob file failed: {}", e.getMessage());
            }
        }
    }
}
