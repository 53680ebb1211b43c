package dev.codelive.platform.backup;

import dev.codelive.platform.storage.BlobKey;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/** Opens an archive and checks every entry against its manifest before anything is restored from it. */
final class ArchiveReader implements AutoCloseable {
    private final Path archive;
    private final ZipFile zip;
    private final BackupManifest manifest;

    private ArchiveReader(Path archive, ZipFile zip, BackupManifest manifest) {
        this.archive = archive;
        this.zip = zip;
        this.manifest = manifest;
    }

    /**
     * Opens {@code archive} and verifies it completely: the manifest parses, every file it lists is there with the
     * recorded size and SHA-256, nothing else is, and every blob entry names a valid key.
     *
     * @throws BackupException naming the first problem found
     */
    static ArchiveReader openVerified(Path archive) {
        ZipFile zip;
        try {
            zip = new ZipFile(archive.toFile());
        } catch (ZipException e) {
            throw new BackupException(archive + " is not a readable archive (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new BackupException("cannot open " + archive + ": " + e.getMessage(), e);
        }
        try {
            ZipEntry manifestEntry = zip.getEntry(BackupManifest.FILE_NAME);
            if (manifestEntry == null) {
                throw new BackupException(archive + " is not a Code Live backup: it has no " + BackupManifest.FILE_NAME);
            }
            byte[] json;
            try (InputStream in = zip.getInputStream(manifestEntry)) {
                json = in.readNBytes(64 * 1024 * 1024);
            }
            BackupManifest manifest = BackupManifest.parse(json, archive.toString());
            ArchiveReader reader = new ArchiveReader(archive, zip, manifest);
            reader.verify();
            return reader;
        } catch (IOException e) {
            closeQuietly(zip);
            throw new BackupException(archive + " is corrupt: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(zip);
            throw e;
        }
    }

    BackupManifest manifest() {
        return manifest;
    }

    /** The bytes of an entry the manifest lists; already verified, so any difference now means the file changed under us. */
    InputStream open(BackupManifest.Entry entry) throws IOException {
        return zip.getInputStream(zip.getEntry(entry.path()));
    }

    private void verify() throws IOException {
        Set<String> listed = new HashSet<>();
        for (BackupManifest.Entry entry : manifest.files()) {
            if (!listed.add(entry.path())) {
                throw corrupt(entry.path() + " is listed twice");
            }
            boolean blob = entry.path().startsWith(BackupManifest.BLOB_PREFIX);
            if (blob && (!BlobKey.isValid(entry.path().substring(BackupManifest.BLOB_PREFIX.length())) || entry.contentType() == null)) {
                throw corrupt(entry.path() + " is not a valid blob entry");
            }
            if (!blob && !entry.path().startsWith(BackupManifest.DATABASE_PREFIX)) {
                throw corrupt("unexpected entry " + entry.path());
            }
            ZipEntry zipEntry = zip.getEntry(entry.path());
            if (zipEntry == null) {
                throw corrupt(entry.path() + " is missing");
            }
            MessageDigest digest = sha256();
            long size = 0;
            byte[] buffer = new byte[64 * 1024];
            try (InputStream in = zip.getInputStream(zipEntry)) {
                for (int read; (read = in.read(buffer)) > 0; ) {
                    digest.update(buffer, 0, read);
                    size += read;
                }
            } catch (ZipException e) {
                throw corrupt(entry.path() + " cannot be decompressed (" + e.getMessage() + ")");
            }
            if (size != entry.size() || !HexFormat.of().formatHex(digest.digest()).equals(entry.sha256())) {
                throw corrupt(entry.path() + " does not match its checksum in the manifest");
            }
        }
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            String name = entries.nextElement().getName();
            if (!name.equals(BackupManifest.FILE_NAME) && !listed.contains(name)) {
                throw corrupt("entry " + name + " is not in the manifest");
            }
        }
    }

    private BackupException corrupt(String problem) {
        return new BackupException(archive + " is corrupt: " + problem + "; nothing was restored");
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException e) {
            // read-only; nothing to lose
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
