package dev.codelive.platform.backup;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an archive under a temporary name and gives it its final name only once it is complete and synced, so a
 * crash or a full disk never leaves a truncated archive that looks like a backup.
 */
final class ArchiveWriter implements AutoCloseable {
    private final Path partial;
    private final FileOutputStream file;
    private final ZipOutputStream zip;
    private final List<BackupManifest.Entry> entries = new ArrayList<>();
    private boolean finished;

    ArchiveWriter(Path partial) throws IOException {
        this.partial = partial;
        this.file = new FileOutputStream(partial.toFile());
        this.zip = new ZipOutputStream(file);
        // Audio and the database dumps are compressed already; a fast level keeps backups cheap.
        zip.setLevel(Deflater.BEST_SPEED);
    }

    /** Adds an entry with the bytes of {@code content}, recording their size and SHA-256 for the manifest. */
    void add(String path, InputStream content, String contentType) throws IOException {
        MessageDigest digest = sha256();
        zip.putNextEntry(new ZipEntry(path));
        byte[] buffer = new byte[64 * 1024];
        long size = 0;
        for (int read; (read = content.read(buffer)) > 0; ) {
            digest.update(buffer, 0, read);
            zip.write(buffer, 0, read);
            size += read;
        }
        zip.closeEntry();
        entries.add(new BackupManifest.Entry(path, size, HexFormat.of().formatHex(digest.digest()), contentType));
    }

    List<BackupManifest.Entry> entries() {
        return List.copyOf(entries);
    }

    /** Adds the manifest last, syncs, and renames the archive to {@code target}. */
    void finish(BackupManifest manifest, Path target) throws IOException {
        zip.putNextEntry(new ZipEntry(BackupManifest.FILE_NAME));
        zip.write(manifest.toJson());
        zip.closeEntry();
        zip.finish();
        file.getFD().sync();
        zip.close();
        finished = true;
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Without {@link #finish}, discards the partial archive. */
    @Override
    public void close() throws IOException {
        if (!finished) {
            try {
                zip.close();
            } finally {
                Files.deleteIfExists(partial);
            }
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
